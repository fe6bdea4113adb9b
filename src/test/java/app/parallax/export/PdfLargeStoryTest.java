package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two long articles disputing every sentence: the cover table and the columns run over many pages. */
class PdfLargeStoryTest {

    private static final int SENTENCES = 120;

    @TempDir
    Path dir;

    @Test
    void manyDisputedClaimsFlowOverSeveralCoverPagesAndAllLink() throws Exception {
        ComparisonResult result = story();
        for (PdfExport.Layout layout : PdfExport.Layout.values()) {
            Path pdf = dir.resolve(layout + ".pdf");
            List<String> stages = new ArrayList<>();
            PdfExport.write(result, List.of(), "Long story", layout, pdf, (d, t, stage) -> stages.add(stage));
            assertThat(stages).contains("drawing the cover", "saving", "saved");
            try (PdfProbe probe = new PdfProbe(pdf)) {
                int coverPages = 0;
                int links = 0;
                for (int i = 0; i < probe.doc.getNumberOfPages(); i++) {
                    String text = probe.pageText(i);
                    if (text.contains("Competing values")) {
                        coverPages++;
                        for (PDAnnotation a : probe.doc.getPage(i).getAnnotations()) {
                            links += a instanceof PDAnnotationLink ? 1 : 0;
                        }
                    }
                }
                assertThat(coverPages).isGreaterThan(2);
                // per row: claim text, page number, and the two outlet names
                assertThat(links).isEqualTo(SENTENCES * 4);
                assertThat(probe.highlights().stream().filter(h -> "Conflict".equals(h.subject())))
                        .hasSize(SENTENCES * 2)
                        .allMatch(h -> h.text().equals("lunch") || h.text().equals("dinner"));
                assertThat(probe.text()).contains("Page " + probe.doc.getNumberOfPages() + " of ");
            }
        }
    }

    private static ComparisonResult story() {
        Article a = article("east", "East Times", "lunch");
        Article b = article("west", "West Post", "dinner");
        List<Passage> passages = new ArrayList<>();
        passages.addAll(passages(a));
        passages.addAll(passages(b));
        List<Link> links = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < SENTENCES; i++) {
            Passage pa = passages.get(i);
            Passage pb = passages.get(SENTENCES + i);
            int ai = a.text().indexOf("lunch", pa.start());
            int bi = b.text().indexOf("dinner", pb.start());
            links.add(new Link(pa.id(), pb.id(), 0.9, List.of(new Difference(DifferenceKind.CONFLICT, ConflictKind.MEAL,
                    "lunch", "dinner", new TextRange(ai, ai + 5), new TextRange(bi, bi + 6)))));
            claims.add(new Claim("c" + i, List.of(pa.id(), pb.id()), List.of("east", "west"), Verdict.DISPUTED,
                    List.of(new ClaimValue(ConflictKind.MEAL, "lunch", List.of("east")),
                            new ClaimValue(ConflictKind.MEAL, "dinner", List.of("west")))));
        }
        return new ComparisonResult(List.of(a, b), passages, links, claims);
    }

    private static Article article(String id, String outlet, String meal) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SENTENCES; i++) {
            text.append("On day ").append(i + 1).append(" of the summit the two delegations sat down to a long ")
                    .append(meal).append(" in the Kremlin and talked about trade, energy and security.\n\n");
        }
        return new Article(id, id, outlet, outlet + " report", "", text.toString().strip());
    }

    private static List<Passage> passages(Article a) {
        List<Passage> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < SENTENCES; i++) {
            int end = a.text().indexOf('\n', pos);
            end = end < 0 ? a.text().length() : end;
            out.add(new Passage(Passage.idOf(a.id(), i), a.id(), i, new TextRange(pos, end), a.text().substring(pos, end),
                    false));
            pos = end + 2;
        }
        return out;
    }
}
