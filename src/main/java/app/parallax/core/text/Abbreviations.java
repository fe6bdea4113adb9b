package app.parallax.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * What a word written with a final period is, as far as sentence ends go. English news writing
 * (AP style) abbreviates a closed set of titles, months, days, states and company forms; anything
 * else shaped like "U.S." or "P.J." is a chain of initials. General English only: no names.
 */
final class Abbreviations {

    /** How an abbreviation behaves before the next word. */
    enum Kind {
        /** Not an abbreviation: the period may end a sentence. */
        NONE,
        /** A title or connective ("Sen.", "Dr.", "vs.", "e.g."): never ends a sentence. */
        TITLE,
        /** "a.m.", "p.m.": continued by a time zone, a day, a month or a number. */
        TIME,
        /** A month or weekday ("Sept.", "Fri.", "May."): continued by a number. */
        CALENDAR,
        /** "No.", "Vol.": continued by a number. */
        NUMBERING,
        /** Initials, places, company forms ("U.S.", "D.C.", "Inc.", "Jr."): may end a sentence. */
        AMBIGUOUS
    }

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "sen", "sens", "rep", "reps", "gov", "govs", "gen",
            "lt", "col", "sgt", "capt", "cmdr", "cmdt", "adm", "maj", "cpl", "pvt", "prof", "rev", "hon", "pres",
            "supt", "det", "insp", "atty", "msgr", "fr", "st", "ste", "mt", "ft", "vs", "v", "e.g", "i.e", "cf",
            "viz", "approx", "dept", "univ", "assn", "gov't");
    private static final Set<String> CALENDAR = Set.of(
            "jan", "feb", "mar", "apr", "may", "jun", "june", "jul", "july", "aug", "sep", "sept", "oct", "nov",
            "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> NUMBERING = Set.of("no", "nos", "vol", "vols", "pp", "fig", "art", "para");
    private static final Set<String> AMBIGUOUS = Set.of(
            "inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "jr", "sr", "etc", "al", "ave", "blvd", "rd",
            "hwy", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
            "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
            "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

    private Abbreviations() {
    }

    /**
     * @param word a word that ends with a period, without surrounding quotes or brackets
     * @return its kind; {@link Kind#NONE} for an ordinary word
     */
    static Kind kindOf(String word) {
        if (word.length() < 2 || word.charAt(word.length() - 1) != '.') {
            return Kind.NONE;
        }
        String stem = word.substring(0, word.length() - 1);
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.equals("a.m") || lower.equals("p.m")) {
            return Kind.TIME;
        }
        if (isTitle(stem, lower)) {
            return Kind.TITLE;
        }
        if (CALENDAR.contains(lower) && Character.isUpperCase(stem.charAt(0))) {
            return Kind.CALENDAR;
        }
        if (NUMBERING.contains(lower)) {
            return Kind.NUMBERING;
        }
        return AMBIGUOUS.contains(lower) || isInitials(stem) ? Kind.AMBIGUOUS : Kind.NONE;
    }

    /** Titles are capitalised ("Gen." but not "gen."); connectives such as "vs." are lower case. */
    private static boolean isTitle(String stem, String lower) {
        return TITLES.contains(lower) && (Character.isUpperCase(stem.charAt(0)) || lower.equals(stem));
    }

    /** "S", "U.S", "P.J", "a": letters, each but the last followed by a period. */
    static boolean isInitials(String stem) {
        for (int i = 0; i < stem.length(); i += 2) {
            boolean letter = Character.isLetter(stem.charAt(i));
            boolean dotNext = i + 1 == stem.length() || stem.charAt(i + 1) == '.';
            if (!letter || !dotNext) {
                return false;
            }
        }
        return !stem.isEmpty();
    }
}
