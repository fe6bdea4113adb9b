package app.parallax.eval;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Passage;
import app.parallax.ingest.Ingest;
import app.parallax.semantic.Semantic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Development tool, not shipped: link precision and recall of both engines against the hand-made
 * alignment of the bundled story ({@code src/test/resources/gold}). A regression check, not a
 * quality figure: that gold was made on the same story the engine was first built on.
 */
public final class CorpusGoldScore {

    private CorpusGoldScore() {
    }

    public static void main(String[] args) throws Exception {
        List<String> gold = Files.readAllLines(Path.of("src/test/resources/gold/xi-moscow-2023-pairs.tsv"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        for (Comparison engine : List.of(Comparison.standard(), Semantic.comparison())) {
            ComparisonResult r = engine.run(Ingest.load(List.of(Path.of("corpus"))).articles(), ProgressListener.NONE);
            Set<String> links = new HashSet<>();
            r.links().forEach(l -> links.add(key(l.a(), l.b())));
            Set<String> all = new HashSet<>();
            Set<String> high = new HashSet<>();
            for (String line : gold) {
                String[] f = line.split("\t");
                String k = key(find(r, f[0], f[4]), find(r, f[1], f[5]));
                all.add(k);
                if (f[3].equals("high")) {
                    high.add(k);
                }
            }
            long right = links.stream().filter(all::contains).count();
            System.out.printf("%-45s links %d, precision %.2f, recall %.2f (clear-cut %.2f), disputed claims %d%n",
                    r.engine(), links.size(), (double) right / links.size(),
                    (double) all.stream().filter(links::contains).count() / all.size(),
                    (double) high.stream().filter(links::contains).count() / high.size(),
                    r.claims().stream().filter(c -> c.verdict().name().equals("DISPUTED")).count());
        }
    }

    private static String find(ComparisonResult r, String goldId, String prefix) {
        String article = goldId.substring(0, goldId.indexOf('#'));
        return r.passagesOf(article).stream().filter(p -> p.text().startsWith(prefix.strip()))
                .map(Passage::id).findFirst().orElse(goldId);
    }

    private static String key(String x, String y) {
        return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
    }

}
