package app.parallax.cli;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.Relation;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.report.Flag;
import app.parallax.report.StoryReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The readable report {@code compare} prints: the outlets, then the flagged claims in two lists,
 * conflicts (disputed claims) and values that differ, each claim with who says what, every flag
 * with its grade, kind and both values in the exact words, and the passages themselves; then counts.
 */
final class TerminalReport {

    /** A claim's values with the outlets giving each, cut after this many characters (a story of many outlets). */
    private static final int VALUES_WIDTH = 300;
    private static final int QUOTE_WIDTH = 150;
    private static final int TITLE_WIDTH = 200;
    private static final int OUTLET_WIDTH = 60;
    private final ComparisonResult result;
    private final String title;
    private final StoryReport report;

    TerminalReport(ComparisonResult result, String title) {
        this.result = result;
        this.title = title;
        this.report = StoryReport.of(result);
    }

    void print(PrintWriter out) {
        out.println("Parallax" + (title.isEmpty() ? "" : " — " + cut(title, TITLE_WIDTH)));
        out.println();
        out.println("Outlets (" + result.articles().size() + ")");
        for (Article a : result.articles()) {
            out.printf(Locale.ROOT, "  %-14s %-22s %5d words  %3.0f%% shared  %s%n", "[" + a.id() + "]",
                    outlet(a.id()), a.wordCount(), 100 * result.sharedShare(a.id()), quote(a.title(), 60));
        }
        out.println();
        out.println("Flagged: " + report.gradeCounts());
        printClaims(out, "Disputed claims", "conflict: both values precise, only one can be right",
                result.claims(Verdict.DISPUTED));
        printClaims(out, "Values differ", "worth a look: hedged or approximate values, spellings of a name, a quote negated in one",
                result.claims(Verdict.VALUES_DIFFER));
        out.println();
        printCounts(out);
    }

    private void printClaims(PrintWriter out, String heading, String meaning, List<Claim> claims) {
        out.println();
        out.println(heading + " (" + claims.size() + ")" + (claims.isEmpty() ? "" : " — " + meaning));
        for (Claim c : claims) {
            out.println("  " + c.id() + "  " + cut(values(c), VALUES_WIDTH));
            for (Flag f : report.flags(c)) {
                out.println("      " + cut(report.flagLine(f), TITLE_WIDTH));
            }
            for (String pid : c.passageIds()) {
                Passage p = result.requirePassage(pid);
                out.println("      " + outlet(p.articleId()) + ": " + quote(p.text(), QUOTE_WIDTH));
            }
        }
    }

    /** "meal: lunch — The New York Times, CNN · dinner — USA Today, AP". */
    String values(Claim c) {
        return report.valuesLine(c);
    }

    private void printCounts(PrintWriter out) {
        long agree = result.links().stream().filter(l -> l.relation() == Relation.AGREE).count();
        long differ = result.links().size() - agree;
        long hard = result.links().stream().filter(l -> l.grade().orElse(null) == Grade.CONFLICT).count();
        long boilerplate = result.passages().stream().filter(Passage::boilerplate).count();
        out.printf(Locale.ROOT, "Claims: %d — agreed %d, disputed %d, values differ %d, single-source %d%n",
                result.claims().size(), result.claims(Verdict.AGREED).size(), result.claims(Verdict.DISPUTED).size(),
                result.claims(Verdict.VALUES_DIFFER).size(), result.claims(Verdict.SINGLE).size());
        out.printf(Locale.ROOT, "Links: %d — agree %d, differ %d (conflict %d, values differ %d) · passages %d (boilerplate %d)%n",
                result.links().size(), agree, differ, hard, differ - hard, result.passages().size(), boilerplate);
        out.println("Compared by " + result.engine());
    }

    private String outlet(String articleId) {
        return cut(report.outlet(articleId), OUTLET_WIDTH);
    }

    private static String quote(String text, int width) {
        return "“" + cut(text, width) + "”";
    }

    /** {@code text} on one line, cut with an ellipsis after {@code width} characters. */
    private static String cut(String text, int width) {
        String head = text.length() > 4 * width ? text.substring(0, 4 * width) : text;
        String s = head.replaceAll("\\s+", " ").strip();
        return s.length() <= width && head.length() == text.length() ? s
                : s.substring(0, Math.min(s.length(), width - 1)) + "…";
    }
}
