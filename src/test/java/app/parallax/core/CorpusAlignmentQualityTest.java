package app.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Link;
import app.parallax.ingest.Ingest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links measured against a hand-made alignment of the corpus (src/test/resources/gold): 164
 * cross-outlet pairs of sentences that report the same thing, 80 of them marked high confidence.
 * Guards the figures README reports against regressions. Links of passages that report different
 * facts but give one name or figure two ways are not same-fact links and are left out.
 */
class CorpusAlignmentQualityTest {

    private static Set<String> links;
    private static Set<String> gold;
    private static Set<String> goldHigh;

    @BeforeAll
    static void compare() {
        ComparisonResult r = Comparison.compare(Ingest.load(List.of(Path.of("corpus"))).articles());
        links = new HashSet<>();
        for (Link l : r.links()) {
            if (l.sameFact()) {
                links.add(key(l.a(), l.b()));
            }
        }
        gold = new HashSet<>();
        goldHigh = new HashSet<>();
        for (String line : goldLines()) {
            String[] f = line.split("\t");
            String pair = key(passageStarting(r, f[0], f[4]), passageStarting(r, f[1], f[5]));
            gold.add(pair);
            if (f[3].equals("high")) {
                goldHigh.add(pair);
            }
        }
    }

    /**
     * The gold names each passage by article and the first 40 characters of its text, so that it
     * survives changes of segmentation elsewhere in the article.
     */
    private static String passageStarting(ComparisonResult r, String goldId, String prefix) {
        String article = goldId.substring(0, goldId.indexOf('#'));
        return r.passagesOf(article).stream().filter(p -> p.text().startsWith(prefix.strip()))
                .map(app.parallax.core.article.Passage::id).findFirst().orElse(goldId);
    }

    @Test
    void mostLinksAreRight() {
        long right = links.stream().filter(gold::contains).count();
        assertThat((double) right / links.size()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void mostClearCorrespondencesAreFound() {
        long found = goldHigh.stream().filter(links::contains).count();
        assertThat((double) found / goldHigh.size()).isGreaterThanOrEqualTo(0.70);
    }

    private static String key(String x, String y) {
        return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
    }

    static List<String> goldLines() {
        try (var in = Objects.requireNonNull(
                CorpusAlignmentQualityTest.class.getResourceAsStream("/gold/xi-moscow-2023-pairs.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
