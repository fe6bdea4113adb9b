package app.parallax.report;

import app.parallax.core.ComparisonResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Two outlets of a comparison side by side, as a diff tool shows two files: the linked passages
 * with their word differences, and the passages only one of the two reports. Rows follow the
 * left article's reading order; a passage only the right article has sits after the row of its
 * nearest linked passage above it in the right article (or before the first linked row when none
 * is above it). Derived from the engine's links and word differences, never realigned; boilerplate
 * is left out, as the engine never aligns it. Immutable.
 *
 * <pre>{@code
 * PairReport pair = PairReport.of(StoryReport.of(result), "nytimes", "usatoday");
 * pair.summary();   // "12 linked, 3 differ, 5 only in The New York Times, 4 only in USA Today"
 * }</pre>
 */
public final class PairReport {

    /** How many rows of each kind a pair report has. */
    public record Counts(int linked, int differ, int leftOnly, int rightOnly) {
    }

    private final String leftId;
    private final String rightId;
    private final String leftOutlet;
    private final String rightOutlet;
    private final List<PairRow> rows;

    private PairReport(StoryReport report, String leftId, String rightId, List<PairRow> rows) {
        this.leftId = leftId;
        this.rightId = rightId;
        this.leftOutlet = report.outlet(leftId);
        this.rightOutlet = report.outlet(rightId);
        this.rows = List.copyOf(rows);
    }

    /**
     * The pair report of two articles of {@code report}'s comparison.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either id names no article, or both name the same one
     */
    public static PairReport of(StoryReport report, String leftArticleId, String rightArticleId) {
        Objects.requireNonNull(report, "report");
        ComparisonResult result = report.result();
        result.requireArticle(Objects.requireNonNull(leftArticleId, "leftArticleId"));
        result.requireArticle(Objects.requireNonNull(rightArticleId, "rightArticleId"));
        if (leftArticleId.equals(rightArticleId)) {
            throw new IllegalArgumentException("both sides are " + leftArticleId);
        }
        List<PairGroups.Group> groups = PairGroups.between(result, leftArticleId, rightArticleId);
        return new PairReport(report, leftArticleId, rightArticleId,
                new PairLayout(result, groups).rows(leftArticleId, rightArticleId));
    }

    public String leftArticleId() {
        return leftId;
    }

    public String rightArticleId() {
        return rightId;
    }

    /** The left outlet's display name. */
    public String leftOutlet() {
        return leftOutlet;
    }

    /** The right outlet's display name. */
    public String rightOutlet() {
        return rightOutlet;
    }

    /** The rows in display order; empty when neither article has content passages. */
    public List<PairRow> rows() {
        return rows;
    }

    /** Indices into {@link #rows()} of the linked rows with a factual conflict, in order. */
    public List<Integer> differingRows() {
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).differs()).boxed().toList();
    }

    public Counts counts() {
        int linked = 0;
        int differ = 0;
        int left = 0;
        int right = 0;
        for (PairRow r : rows) {
            switch (r.kind()) {
                case AGREE -> linked++;
                case DIFFER -> {
                    linked++;
                    differ++;
                }
                case LEFT_ONLY -> left++;
                case RIGHT_ONLY -> right++;
            }
        }
        return new Counts(linked, differ, left, right);
    }

    /** "12 linked, 3 differ, 5 only in The New York Times, 4 only in USA Today". */
    public String summary() {
        Counts c = counts();
        return c.linked() + " linked, " + c.differ() + " differ, " + c.leftOnly() + " only in " + leftOutlet
                + ", " + c.rightOnly() + " only in " + rightOutlet;
    }
}
