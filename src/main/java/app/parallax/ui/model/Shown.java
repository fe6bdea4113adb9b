package app.parallax.ui.model;

import app.parallax.core.ComparisonResult;
import app.parallax.report.StoryReport;
import java.util.Objects;

/**
 * The comparison the window shows: the result and the report derived from it, as one immutable
 * value. They were two properties that every writer had to set together, report first, so that no
 * view read the report of one result beside another result; now they are replaced in one step.
 *
 * @param result the comparison shown
 * @param report the report of exactly that result
 */
public record Shown(ComparisonResult result, StoryReport report) {

    /** Nothing compared yet. */
    public static final Shown EMPTY = of(ComparisonResult.empty());

    /** @throws IllegalArgumentException if the report is not of this result */
    public Shown {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(report, "report");
        if (report.result() != result) {
            throw new IllegalArgumentException("the report is of another result");
        }
    }

    /** A result with its report, worked out here. */
    public static Shown of(ComparisonResult result) {
        return new Shown(result, StoryReport.of(result));
    }

    /** A result with its report, whose verdicts and values are worked out here (call off the UI thread). */
    static Shown warmed(ComparisonResult result) {
        return new Shown(result, StoryReport.of(result).warm());
    }
}
