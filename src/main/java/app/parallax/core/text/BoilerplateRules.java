package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that syndication sites and page templates add around an article: comment
 * forms, "Related Articles", "See also …", view counters, video captions, credits, publication
 * stamps ("Updated 4:08 p.m. ET"), bylines ("By Jane Doe, Staff Writer"), photo credits, and
 * prompts to read more, share or subscribe. General rules only: nothing here knows any
 * particular story. The first line is the headline: only a stamp or a byline, which cannot be
 * headlines, is boilerplate there.
 */
public final class BoilerplateRules {

    /** Longest line looked at: template lines are short, and a long line is article text. */
    private static final int MAX_LENGTH = 400;
    private static final Pattern JUNK_LINE = Pattern.compile("(?i)^(?:"
            + "leave a (?:reply|comment)\\b|your email address will not be published|required fields are marked"
            + "|related (?:articles|posts|stories|content|coverage|reading)\\s*:?$|back to top\\b|see also\\b"
            + "|read (?:more|also|next|the full)\\b|more from\\b|advertisement\\s*$|sponsored\\s*$"
            + "|story continues below|continue reading\\b|share (?:this|on|via|with)\\b|click here\\b"
            + "|sign up\\b|subscribe\\b|follow\\b.{0,80}\\b(?:coverage|on twitter|on facebook|on x)\\b"
            + "|\\(visited \\d+ times|source(?: of data and images)?\\s*:|(?:image|photo|video|watch|listen)\\s*:"
            + "|copyright\\b|all rights reserved|©|[\\w’' -]{0,40}\\b(?:live )?updates\\s*:"
            + "|(?:e-?mail|print|tweet|share|comments?)(?: (?:this|the) (?:article|story|page))?\\s*(?:\\(\\d+\\))?$"
            + ")");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\bcontributed (?:reporting|to this (?:story|report|article))\\b.{0,40}$"
            + "|^\\(?(?:reporting|writing|editing|additional reporting) by\\b");
    /** A video duration stuck to a date, as caption widgets print it: "March 16, 202300:39". */
    private static final Pattern VIDEO_STAMP = Pattern.compile("(?:\\d{4})?\\d{1,2}:\\d{2}\\s*$");
    /**
     * "Photo by Jane Doe/Agency", "(Photo: Agency)", "AP Photo/Jane Doe", "Credit: …", and a
     * caption ending in such a credit.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)^\\(?\\s*(?:staff |file )?(?:photo(?:graph)?|picture|image|pictured|illustration|graphic)s?"
            + "(?: credit)?\\s*(?::|by\\b|/)|^(?:photo |image )?credits?\\s*:"
            + "|\\((?:photo(?:graph)?|picture|image|credit)s?\\s*(?::|/|by\\b)[^()]{1,80}\\)\\s*$");
    /** An agency's photo credit anywhere in a caption line: "(AP Photo/Jane Doe)". */
    private static final Pattern AGENCY_PHOTO = Pattern.compile("\\b\\p{Lu}{2,6} Photo/");

    private BoilerplateRules() {
    }

    /**
     * Marks each line of an article as boilerplate or not. The first line that is not a stamp or a
     * byline is the headline and is never boilerplate.
     *
     * @param text  the article text
     * @param lines its non-blank lines, stripped, in order
     * @return one flag per line
     */
    public static boolean[] classify(String text, List<TextRange> lines) {
        boolean[] junk = new boolean[lines.size()];
        int headline = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextRange r = lines.get(i);
            String line = r.length() > MAX_LENGTH ? "" : r.of(text);
            junk[i] = headline < 0 ? isStampOrByline(line) : isJunkLine(line);
            if (headline < 0 && !junk[i]) {
                headline = i;
            }
            if (i > 0 && isVideoStamp(line)) {
                junk[i] = true;
                junk[i - 1] = i - 1 != headline || junk[i - 1];
            }
        }
        return junk;
    }

    /**
     * True for a line that is template text on its own.
     *
     * @param line one line, without its line break; never null
     */
    public static boolean isJunkLine(String line) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH) {
            return false;
        }
        return JUNK_LINE.matcher(s).find() || CREDIT.matcher(s).find() || PHOTO_CREDIT.matcher(s).find()
                || AGENCY_PHOTO.matcher(s).find()
                || isStampOrByline(s);
    }

    /** A stamp, a byline, or parts joined by "|" each of which is one ("By Jane Doe | May 2, 2013"). */
    private static boolean isStampOrByline(String line) {
        for (String part : line.split("\\|")) {
            String s = part.strip();
            if (!s.isEmpty() && !Stamps.isStamp(s) && !Bylines.isByline(s)) {
                return false;
            }
        }
        return !line.isBlank();
    }

    private static boolean isVideoStamp(String line) {
        String s = line.strip();
        return s.length() < 40 && VIDEO_STAMP.matcher(s).find() && !s.endsWith(".");
    }
}
