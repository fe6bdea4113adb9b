package app.parallax.report;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Grade;
import java.util.Objects;

/**
 * A passage's own words that state a flagged value, with the grade of the flag: the reader paints
 * conflicting words and words whose values differ apart, and the PDF highlights them in two colours.
 */
public record FlaggedRange(TextRange range, Grade grade) {

    public FlaggedRange {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(grade, "grade");
    }
}
