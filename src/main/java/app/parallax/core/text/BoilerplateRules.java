package app.parallax.core.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that syndication sites and page templates add around an article: comment
 * forms, "Related Articles", "See also …", view counters, video captions, credits and source
 * stamps. General rules only: nothing here knows any particular story.
 */
public final class BoilerplateRules {

    private static final Pattern JUNK_LINE = Pattern.compile("(?i)^(?:"
            + "leave a (?:reply|comment)\\b|your email address will not be published|required fields are marked"
            + "|related (?:articles|posts|stories|content|coverage|reading)\\s*:?$|back to top\\b|see also\\b"
            + "|read (?:more|also|next)\\b|more from\\b|advertisement\\s*$|share (?:this|on)\\b|click here\\b"
            + "|sign up\\b|subscribe\\b|follow\\b.{0,80}\\b(?:coverage|on twitter|on facebook|on x)\\b"
            + "|\\(visited \\d+ times|source(?: of data and images)?\\s*:|(?:image|photo|video|watch|listen)\\s*:"
            + "|copyright\\b|all rights reserved|©|[\\w’' -]{0,40}\\b(?:live )?updates\\s*:"
            + ")");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\bcontributed (?:reporting|to this (?:story|report|article))\\b.{0,40}$");
    /** A video duration stuck to a date, as caption widgets print it: "March 16, 202300:39". */
    private static final Pattern VIDEO_STAMP = Pattern.compile("(?:\\d{4})?\\d{1,2}:\\d{2}\\s*$");

    private BoilerplateRules() {
    }

    /**
     * Marks each line of an article as boilerplate or not.
     *
     * @param lines the article's non-blank lines, stripped, in order
     * @return one flag per line; the first line (the headline) is never boilerplate
     */
    public static boolean[] classify(List<String> lines) {
        boolean[] junk = new boolean[lines.size()];
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isJunkLine(line)) {
                junk[i] = true;
            }
            if (isVideoStamp(line)) {
                junk[i] = true;
                junk[i - 1] = i - 1 > 0 || junk[i - 1];
            }
        }
        return junk;
    }

    /** True for a line that is template text on its own. */
    public static boolean isJunkLine(String line) {
        String s = line.strip();
        return JUNK_LINE.matcher(s).find() || CREDIT.matcher(s).find();
    }

    private static boolean isVideoStamp(String line) {
        String s = line.strip();
        return s.length() < 40 && VIDEO_STAMP.matcher(s).find() && !s.endsWith(".");
    }
}
