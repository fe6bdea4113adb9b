package app.parallax.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a publication stamp: a line made only of dates, times, time zones and the words
 * pages put around them ("Updated", "Published:", "Posted on", "Last updated", "3 hours ago"), such
 * as "May 2, 2013, 1:12 PM", "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM" or
 * "Posted 11/27/2005 7:21 AM". Two copies of one report stamped a minute apart are not a
 * factual conflict, so such lines are never compared. A line with any other word is not a stamp.
 */
final class Stamps {

    /** Longest line looked at: stamps are short. */
    private static final int MAX_LENGTH = 120;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,|•·()\\[\\]+–—]+|(?<=\\D)-|-(?=\\D)");
    /** "7:21", "11/27/2005", "2012-04-04", "2012.08.08", "3rd", "5:03pm", "9:03am", "12:00:00". */
    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,4}(?:[:./-]\\d{1,4}){0,3}(?:st|nd|rd|th)?(?:am|pm|a\\.m\\.?|p\\.m\\.?)?\\.?");
    private static final Pattern TIME_OR_DATE = Pattern.compile(
            "\\d:\\d\\d|\\d[./-]\\d{1,2}[./-]\\d|\\d(?:am|pm|a\\.m|p\\.m)");
    private static final Pattern ZONE = Pattern.compile("[A-Z]{1,4}T|UTC|Z");
    private static final Set<String> CALENDAR = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> LABELS = Set.of(
            "published", "posted", "updated", "modified", "edited", "created", "uploaded", "first", "last",
            "originally", "date", "time", "on", "at", "of", "the", "ago", "just", "now", "today", "yesterday",
            "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "an", "a", "am", "pm", "a.m", "p.m");
    private static final Set<String> RELATIVE = Set.of("ago", "today", "yesterday", "now");

    private Stamps() {
    }

    /**
     * True for a line of dates, times and stamp words only, anchored by a time or date ("7:21",
     * "11/27/2005"), a month or day with a number ("May 3, 2013"), or a relative time with a label
     * or a number ("Updated 3 hours ago", "Posted yesterday").
     */
    static boolean isStamp(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        boolean number = false;
        boolean shaped = false;
        boolean calendar = false;
        boolean relative = false;
        boolean label = false;
        for (String token : SEPARATORS.split(line.strip())) {
            String word = token.endsWith(":") ? token.substring(0, token.length() - 1) : token;
            switch (word.isEmpty() ? Kind.LABEL : kindOf(word)) {
                case NUMBER -> {
                    number = true;
                    shaped |= TIME_OR_DATE.matcher(word.toLowerCase(Locale.ROOT)).find();
                }
                case CALENDAR -> calendar = true;
                case RELATIVE -> relative = true;
                case LABEL -> label |= !word.isEmpty();
                default -> {
                    return false;
                }
            }
        }
        return shaped || calendar && number || relative && (number || label);
    }

    private enum Kind { NUMBER, CALENDAR, RELATIVE, LABEL, OTHER }

    private static Kind kindOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (NUMBER.matcher(lower).matches()) {
            return Kind.NUMBER;
        }
        if (CALENDAR.contains(bare)) {
            return Kind.CALENDAR;
        }
        if (RELATIVE.contains(bare)) {
            return Kind.RELATIVE;
        }
        return LABELS.contains(bare) || ZONE.matcher(word).matches() ? Kind.LABEL : Kind.OTHER;
    }
}
