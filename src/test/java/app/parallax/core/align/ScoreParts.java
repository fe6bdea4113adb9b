package app.parallax.core.align;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.text.Tokenizer;
import app.parallax.semantic.Semantic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool, not shipped: for lines {@code left TAB right}, prints the words score and the
 * raw sentence-vector cosine of the whole sides, so that the blend can be studied on data sets.
 */
public final class ScoreParts {

    private ScoreParts() {
    }

    public static void main(String[] args) throws Exception {
        PassageEmbedder embedder = Semantic.embedder(Semantic.cacheFolder());
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            rows.add(new String[] {f[0].strip(), f.length > 1 ? f[1].strip() : ""});
        }
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> {
            texts.add(r[0].isEmpty() ? "." : r[0]);
            texts.add(r[1].isEmpty() ? "." : r[1]);
        });
        List<float[]> vectors = embedder.embed(texts);
        for (int i = 0; i < rows.size(); i++) {
            Article a = new Article("left", "", "left", "", "", texts.get(2 * i));
            Article b = new Article("right", "", "right", "", "", texts.get(2 * i + 1));
            PassageProfile pa = whole(a, 0);
            PassageProfile pb = whole(b, 1);
            double words = new TermIndex(List.of(pa, pb)).cosine(pa, pb);
            System.out.printf(Locale.ROOT, "%.4f\t%.4f%n", words, LinkScorer.dot(vectors.get(2 * i), vectors.get(2 * i + 1)));
        }
    }

    private static PassageProfile whole(Article a, int index) {
        Passage p = new Passage(a.id() + "-p1", a.id(), 0, new app.parallax.core.article.TextRange(0, a.text().length()),
                a.text(), false);
        return new PassageProfile(index, index, 0, p, Tokenizer.tokenize(a.text()), a.text(), ReportDates.of(a));
    }
}
