package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.align.Aligner;
import app.parallax.core.align.LinkEvidence;
import app.parallax.core.article.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * For fitting the link model: with {@code -Dparallax.evidenceFile=FILE}, {@code compare} also
 * writes every candidate pair with its evidence as tab-separated lines (a, b, score, linked, then
 * the features of {@link LinkEvidence}). A developer tool, not a user option; it never replaces a
 * symbolic link or an existing file.
 */
final class EvidenceDump {

    private EvidenceDump() {
    }

    static void writeIfAsked(Comparison comparison, List<Article> articles, PrintWriter err) {
        String file = System.getProperty("parallax.evidenceFile");
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            err.println("parallax: evidence file " + path + " exists; not written");
            return;
        }
        StringBuilder sb = new StringBuilder("a\tb\tscore\tlinked\t" + String.join("\t", LinkEvidence.NAMES) + "\n");
        for (Aligner.CandidateEvidence c : comparison.evidence(articles)) {
            sb.append(c.a()).append('\t').append(c.b()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", c.score())).append('\t').append(c.linked() ? 1 : 0);
            for (double f : c.evidence().features()) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
            }
            sb.append('\n');
        }
        try {
            Files.writeString(path, sb, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            err.println("parallax: could not write evidence file " + path + ": " + e.getMessage());
        }
    }
}
