package app.parallax.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Second opinion on a sentence end that ICU proposes. ICU breaks after every period followed by a
 * capital, and after "?" or "!" whatever follows; news copy needs more care:
 * <ul>
 *   <li>a lower-case word continues the sentence ({@code "Is it over?" she asked.});</li>
 *   <li>a title ("Sen.", "Dr.", "vs.") never ends one;</li>
 *   <li>"a.m."/"p.m." ends one unless a time zone, a day, a month or a number follows;</li>
 *   <li>"No.", "Sept.", "Fri." end one unless a number follows;</li>
 *   <li>initials and other abbreviations ("U.S.", "P.J.", "Inc.") end one only before a
 *       capitalised function word ("The", "He", "But") or an opening quote; before a name-like
 *       word ("U.S. Army", "P.J. Smith") or a number the sentence goes on.</li>
 * </ul>
 * The last rule is a guess by design: "in the U.S. Officials said" stays one passage.
 * Every look is bounded to a few characters around the break, so segmentation stays linear.
 */
final class SentenceBreaks {

    /** Longest word looked at on either side of a break. */
    private static final int REACH = 40;
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> ZONE_WORDS = Set.of("eastern", "pacific", "central", "mountain", "atlantic");

    private SentenceBreaks() {
    }

    /**
     * @param text    the article text
     * @param floor   where the current line starts (nothing before it is looked at)
     * @param ceiling where the current line ends
     * @param at      the proposed start of the next sentence, after any spaces
     * @return true when the text from {@code at} continues the sentence before it
     */
    static boolean continues(String text, int floor, int ceiling, int at) {
        Word next = Word.after(text, at, ceiling);
        if (next.core.isEmpty()) {
            return false;
        }
        if (isLowerCaseWord(next.core)) {
            return true;
        }
        String previous = Word.before(text, floor, at);
        return switch (Abbreviations.kindOf(previous)) {
            case NONE -> false;
            case TITLE -> true;
            case TIME -> startsWithDigit(next.core) || isTimeZone(next.core) || isCalendar(next.core);
            case CALENDAR, NUMBERING -> startsWithDigit(next.core);
            case AMBIGUOUS -> startsWithDigit(next.core) || !next.quoted && isNameLike(next.core);
        };
    }

    private static boolean isLowerCaseWord(String word) {
        if (!Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        return word.chars().noneMatch(Character::isUpperCase);
    }

    private static boolean startsWithDigit(String word) {
        return Character.isDigit(word.charAt(0));
    }

    /** "ET", "EST", "GMT", "CEST", "UTC", and "Eastern" as in "Eastern time". */
    private static boolean isTimeZone(String word) {
        boolean letters = word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        boolean zoneShape = word.endsWith("T") || word.equals("UTC");
        return letters && zoneShape || ZONE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCalendar(String word) {
        return CALENDAR_WORDS.contains(trimPeriod(word).toLowerCase(Locale.ROOT));
    }

    /** A capitalised word that is not a function word such as "The", "He", "But", "In". */
    private static boolean isNameLike(String word) {
        return Character.isUpperCase(word.charAt(0)) && !StopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String trimPeriod(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** A word beside a break: its letters, digits and inner periods, and whether a quote opened it. */
    private record Word(String core, boolean quoted) {

        /** The word starting at {@code at}, after opening quotes and brackets. */
        static Word after(String text, int at, int ceiling) {
            int limit = Math.min(ceiling, at + REACH);
            int i = at;
            boolean quoted = false;
            while (i < limit && !Character.isLetterOrDigit(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) {
                quoted |= isQuote(text.charAt(i));
                i++;
            }
            int end = i;
            while (end < limit && isWordChar(text.charAt(end))) {
                end++;
            }
            return new Word(text.substring(i, end), quoted);
        }

        /** The word that ends before {@code at}, without trailing spaces, quotes and brackets. */
        static String before(String text, int floor, int at) {
            int bottom = Math.max(floor, at - REACH);
            int end = at;
            while (end > bottom && (Character.isWhitespace(text.charAt(end - 1)) || isCloser(text.charAt(end - 1)))) {
                end--;
            }
            int start = end;
            while (start > bottom && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            return text.substring(start, end);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’';
        }

        private static boolean isQuote(char c) {
            return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«';
        }

        private static boolean isCloser(char c) {
            return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
        }
    }
}
