package app.parallax.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Checks one input article row (a JSON line or a Parquet row with {@code story, outlet, title,
 * date, url, text}) and makes it a candidate row: the article, or the reason it cannot be used
 * (no story key, no text, binary, too large, not JSON). Untrusted input: every field is bounded.
 */
final class ArticleRows {

    /** The same bound as an article file in the reader. */
    static final int MAX_TEXT_CHARS = 20 * 1024 * 1024;
    static final int MAX_FIELD_CHARS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article in a story's input, in input order ({@code ordinal}). */
    static final StructType ARTICLE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("ordinal", DataTypes.LongType, false),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true)));
    /** An article row or the reason it was refused ({@code error} set). */
    static final StructType CANDIDATE = ARTICLE.add("story", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    private ArticleRows() {
    }

    /** A JSON line: an object with string fields. */
    static Row fromJson(String line, String source, long ordinal) {
        if (line.length() > MAX_TEXT_CHARS + 64 * 1024) {
            return refused(null, source, ordinal, "too large (" + line.length() + " characters, at most " + MAX_TEXT_CHARS + ")");
        }
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            return refused(null, source, ordinal, "not JSON: " + firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            return refused(null, source, ordinal, "not a JSON object");
        }
        Optional<String> bad = List.of("story", "outlet", "title", "date", "url", "text").stream()
                .filter(f -> n.has(f) && !n.get(f).isNull() && !n.get(f).isTextual() && !n.get(f).isNumber())
                .findFirst();
        if (bad.isPresent()) {
            return refused(text(n, "story"), source, ordinal, "field " + bad.get() + " is not a string");
        }
        return check(text(n, "story"), text(n, "outlet"), text(n, "title"), text(n, "date"), text(n, "url"),
                text(n, "text"), source, ordinal);
    }

    /** Checks the fields of one row; nulls are allowed and judged. */
    static Row check(String story, String outlet, String title, String date, String url, String text,
                     String source, long ordinal) {
        String key = story == null ? "" : story.strip();
        if (key.isEmpty()) {
            return refused(null, source, ordinal, "no story key");
        }
        if (key.length() > MAX_FIELD_CHARS) {
            return refused(key.substring(0, 80) + "…", source, ordinal, "story key longer than " + MAX_FIELD_CHARS + " characters");
        }
        Optional<String> problem = textProblem(text);
        if (problem.isPresent()) {
            return refused(key, source, ordinal, problem.get());
        }
        return RowFactory.create(ordinal, bound(outlet), bound(title), bound(date), bound(url), text, source, key, null);
    }

    private static Optional<String> textProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("no text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return Optional.of("too large (" + text.length() + " characters, at most " + MAX_TEXT_CHARS + ")");
        }
        long odd = text.chars().filter(c -> c == 0 || c == 0xFFFD || (c < 32 && c != '\n' && c != '\r' && c != '\t')).count();
        if (text.indexOf('\0') >= 0 || odd * 100 > text.length()) {
            return Optional.of("binary (" + odd + " control or undecodable characters)");
        }
        return Optional.empty();
    }

    private static Row refused(String story, String source, long ordinal, String reason) {
        return RowFactory.create(ordinal, null, null, null, null, null, source, story, reason);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String bound(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        return v.length() > MAX_FIELD_CHARS ? v.substring(0, MAX_FIELD_CHARS) + "…" : v;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
