package app.parallax.core.align;

import app.parallax.core.article.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The day an article was published, from its date as given ("2023-03-21", or a timestamp
 * starting so): relative days in its text ("yesterday") are read against it. Null when the date
 * is missing or not an ISO date, so nothing is guessed.
 */
final class ReportDates {

    private ReportDates() {
    }

    static @Nullable LocalDate of(Article a) {
        String d = a.date().strip();
        if (d.length() < 10 || !d.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(d.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
