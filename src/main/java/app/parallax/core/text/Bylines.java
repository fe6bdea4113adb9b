package app.parallax.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a byline: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By The
 * Associated Press", or a name with the outlet after a comma, "Jane Doe, CNN" and "Jane Doe, Staff
 * Writer". A byline has only capitalised words apart from a few joining words, no digits and no
 * sentence end; so "By Monday the talks had ended." is not one. The outlet after a comma must be
 * an acronym or name a kind of news organisation or role, which keeps datelines such as
 * "Lake Placid, New York" out.
 */
final class Bylines {

    private static final int MAX_WORDS = 14;
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|written by|story by|words by)\\s+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,;/]+|\\s+[-–—]\\s+");
    private static final Set<String> JOINERS = Set.of(
            "and", "&", "of", "the", "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la",
            "le", "bin", "al", "el", "in", "for", "at", "with", "staff", "writer", "writers", "reporter",
            "reporters", "correspondent", "correspondents", "editor", "contributor");
    private static final Set<String> NEWS_WORDS = Set.of(
            "news", "press", "times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "daily",
            "weekly", "magazine", "radio", "television", "tv", "network", "agency", "wire", "service",
            "gazette", "chronicle", "reporter", "correspondent", "writer", "editor", "contributor", "staff",
            "bureau", "desk", "media", "online", "newspaper", "broadcasting", "associated");

    private Bylines() {
    }

    /** True for a short line that names the writers of the article and nothing else. */
    static boolean isByline(String line) {
        String s = line.strip();
        if (s.isEmpty() || endsSentence(s)) {
            return false;
        }
        var by = BY.matcher(s);
        return by.find() ? isNameList(s.substring(by.end())) : isNameWithOutlet(s);
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' && !s.matches("(?s).*\\b\\p{Lu}\\.$") || last == '?' || last == '!' || last == ':';
    }

    /** Capitalised words and joiners, opening with a capitalised word. */
    private static boolean isNameList(String rest) {
        String[] words = WORD_SPLIT.split(rest.strip());
        if (words.length == 0 || words.length > MAX_WORDS || !isCapitalised(words[0]) && !isJoiner(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !isCapitalised(word) && !isJoiner(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Jane Doe, CNN": two or three name words, a comma, a short outlet or role. */
    private static boolean isNameWithOutlet(String s) {
        int comma = s.indexOf(',');
        if (comma < 0 || s.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        String[] name = s.substring(0, comma).strip().split("\\s+");
        String[] outlet = s.substring(comma + 1).strip().split("\\s+");
        if (name.length < 2 || name.length > 3 || outlet.length > 4 || outlet[0].isEmpty()) {
            return false;
        }
        for (String word : name) {
            if (!isCapitalised(word) || isAllCaps(word) && word.chars().filter(Character::isLetter).count() > 1) {
                return false;
            }
        }
        return isOutlet(outlet);
    }

    private static boolean isOutlet(String[] words) {
        boolean news = false;
        for (String word : words) {
            if (!isCapitalised(word) && !isJoiner(word)) {
                return false;
            }
            news |= NEWS_WORDS.contains(word.toLowerCase(Locale.ROOT)) || isAllCaps(word) && word.length() >= 3;
        }
        return news;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().noneMatch(Character::isDigit);
    }

    private static boolean isAllCaps(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isJoiner(String word) {
        return JOINERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
