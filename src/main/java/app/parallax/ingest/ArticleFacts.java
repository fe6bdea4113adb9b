package app.parallax.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What can be read off an article's text and file name when no sidecar says it: headline,
 * dateline, a display name for the outlet, and an id.
 */
final class ArticleFacts {

    private static final int MAX_TITLE = 200;
    /** "BEIJING —", "KIEV, Ukraine —", "(CNN)" at the start of a paragraph. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*(\\p{Lu}[\\p{Lu} .'-]{2,}(?:, [\\p{L} .]+)?)\\s+[—–-]{1,2}\\s");

    private ArticleFacts() {
    }

    /** The first non-blank line when it is short enough to be a headline, else "". */
    static String title(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                return s.length() <= MAX_TITLE ? s : "";
            }
        }
        return "";
    }

    /** A dateline city such as "BEIJING" or "KIEV, Ukraine" near the start, else "". */
    static String dateline(String text) {
        Matcher m = DATELINE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        return m.find() ? m.group(1).strip() : "";
    }

    /**
     * An outlet name from a file-name stem: a well-known short form gives the outlet's usual name
     * ("nyt" gives "NYT", "hpo" "HuffPost", "13792511-fox" "Fox News"); another word of up to
     * three letters is taken as an abbreviation ("kxy" gives "KXY"); otherwise the words are
     * capitalised ("daily-planet" gives "Daily Planet"). A leading number ("13792511-") is dropped.
     */
    static String outletFromName(String stem) {
        String words = stem.replaceAll("^\\d+[_-]", "").replaceAll("[_-]+", " ").strip();
        if (words.isEmpty()) {
            words = stem;
        }
        java.util.Optional<String> known = KnownOutlets.find(words);
        if (known.isPresent()) {
            return known.get();
        }
        if (words.length() <= 3 && words.chars().allMatch(Character::isLetter)) {
            return words.toUpperCase(Locale.ROOT);
        }
        return Arrays.stream(words.split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** Lower-case letters, digits and dashes. */
    static String idFrom(String stem) {
        String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "article" : id;
    }
}
