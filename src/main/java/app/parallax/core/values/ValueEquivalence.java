package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.text.Spelling;
import java.util.List;

/**
 * Whether two values can be compared at all (same type and unit), whether they are the same value
 * written two ways ("1098" / "1,098", "2045 GMT" / "8.45pm", "Ms. Hale" / "Mara Hale"), and
 * whether they are compatible though different ("at least 50" / "61", "in her 60s" / "66", "dozens"
 * / "40"). What is left is a difference worth showing.
 */
public final class ValueEquivalence {

    /** Two approximate figures within this share of each other are compatible. */
    private static final double APPROXIMATE_SHARE = 0.1;

    private ValueEquivalence() {
    }

    /** Same type of fact in the same unit: a figure of money is never compared with a head count. */
    public static boolean comparable(Value a, Value b) {
        return a.kind() == b.kind() && a.unit().replace("12h", "").equals(b.unit().replace("12h", ""))
                || a.kind() == ConflictKind.CLOCK && b.kind() == ConflictKind.CLOCK;
    }

    /** The parts of the day midnight closes and opens. */
    private static final java.util.Set<String> MIDNIGHT_NEIGHBOURS = java.util.Set.of("night", "morning");

    /** The same value written two ways. */
    public static boolean same(Value a, Value b) {
        if (!comparable(a, b)) {
            return false;
        }
        if (a.kind() == ConflictKind.CLOCK && zoned(a) && zoned(b)) {
            return minutesApart(a, b) == 0;
        }
        if (a.norm().equals(b.norm())) {
            return true;
        }
        if (a.kind() == ConflictKind.TIME_OF_DAY) {
            // "shortly after midnight" / "early Wednesday morning", "at midnight" / "late at night"
            return a.norm().equals("midnight") && MIDNIGHT_NEIGHBOURS.contains(b.norm())
                    || b.norm().equals("midnight") && MIDNIGHT_NEIGHBOURS.contains(a.norm());
        }
        if (a.kind() == ConflictKind.CLOCK) {
            int x = (int) a.amount();
            int y = (int) b.amount();
            boolean open = a.unit().equals("12h") || b.unit().equals("12h");
            return x == y || open && x % 720 == y % 720;
        }
        if (a.hasAmount() && b.hasAmount()) {
            return close(a.amount(), b.amount()) || a.kind() == ConflictKind.MONEY && sharedMagnitude(a.amount(), b.amount());
        }
        if (!a.hasAmount() && !b.hasAmount() && a.kind() == ConflictKind.NUMBER && !digits(a.norm()).isEmpty()
                && digits(a.norm()).equals(digits(b.norm()))) {
            return true;
        }
        if (a.unit().equals(ValueFinder.PHONE)) {
            return oneNumberWithoutItsAreaCode(digits(a.norm()), digits(b.norm()));
        }
        if (a.kind() == ConflictKind.COUNTRY && oneCountry(a.norm(), b.norm())) {
            return true;
        }
        if (a.isName()) {
            return nameWithin(a.norm(), b.norm()) || nameWithin(b.norm(), a.norm());
        }
        return false;
    }

    /** Fewest digits of a local telephone number ("555-0142"). */
    private static final int LOCAL_NUMBER_DIGITS = 7;

    /**
     * One telephone number with and without its area code: "907-555-0142" and "555-0142" end alike
     * and the shorter is a whole local number.
     */
    private static boolean oneNumberWithoutItsAreaCode(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return shorter.length() >= LOCAL_NUMBER_DIGITS && longer.endsWith(shorter);
    }

    /** The ASCII digits of {@code s} (what {@code replaceAll("\\D", "")} keeps), without a pattern per call. */
    private static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.Set<String> UNITED_KINGDOM = java.util.Set.of("british", "britain",
            "great britain", "united kingdom", "uk");
    private static final java.util.Set<String> UK_NATIONS = java.util.Set.of("english", "england", "scottish",
            "scotland", "welsh", "wales", "northern ireland", "northern irish");

    /** A nation of the United Kingdom and the kingdom are one country ("English" / "British"). */
    private static boolean oneCountry(String x, String y) {
        boolean ukX = UNITED_KINGDOM.contains(x);
        boolean ukY = UNITED_KINGDOM.contains(y);
        return (ukX || UK_NATIONS.contains(x)) && (ukY || UK_NATIONS.contains(y)) && (ukX || ukY);
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * "between $140 and $150 million": the first figure borrows the second's magnitude, so $140 and
     * $140 million are one figure written two ways.
     */
    private static boolean sharedMagnitude(double x, double y) {
        for (double m : new double[] {1e3, 1e6, 1e9, 1e12}) {
            if (close(x * m, y) || close(y * m, x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Name {@code v} is stated by name {@code o}: the same name, or a longer one holding every word
     * of it ("Hale" by "Mara Hale"; not "Mara Hale" by "Hale").
     */
    public static boolean statedBy(Value v, Value o) {
        if (!comparable(v, o)) {
            return false;
        }
        if (v.norm().equals(o.norm()) || v.kind() == ConflictKind.COUNTRY && oneCountry(v.norm(), o.norm())) {
            return true;
        }
        return nameWithin(v.norm(), o.norm());
    }

    /** Every word of the shorter name is in the longer one ("gomes" in "katherine gomes"). */
    private static boolean nameWithin(String shorter, String longer) {
        List<String> words = List.of(longer.split(" "));
        for (String w : shorter.split(" ")) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Different as written, yet both can hold: a bound and a figure inside it, a decade and a year
     * of it, a vague amount and any figure it can hold ("dozens" and 30, not 8: {@link #belowTheFloor}),
     * two approximations within a tenth of each other.
     */
    public static boolean compatible(Value a, Value b) {
        if (a.hedge() == Hedge.VAGUE || b.hedge() == Hedge.VAGUE) {
            return !belowTheFloor(a, b) && !belowTheFloor(b, a);
        }
        if (!a.hasAmount() || !b.hasAmount()) {
            return false;
        }
        if (a.kind() == ConflictKind.CLOCK) {
            return (a.hedge().hedged() || b.hedge().hedged()) && minutesApart(a, b) <= APPROXIMATE_MINUTES;
        }
        double x = a.amount();
        double y = b.amount();
        if (within(a, y) && insideABound(b) || within(b, x) && insideABound(a)) {
            return true;
        }
        // "as many as 80" and "at least 50" overlap
        if (a.hedge() == Hedge.AT_MOST && b.hedge() == Hedge.AT_LEAST && y <= x
                || a.hedge() == Hedge.AT_LEAST && b.hedge() == Hedge.AT_MOST && x <= y) {
            return true;
        }
        boolean approximate = a.hedge() == Hedge.APPROXIMATE || b.hedge() == Hedge.APPROXIMATE;
        return approximate && Math.abs(x - y) <= APPROXIMATE_SHARE * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * The least a plural count word says: "dozens" is two dozen or more, "hundreds" two hundred or
     * more; NaN for a vague value with no such floor ("the 1990s").
     */
    public static double floor(Value vague) {
        if (vague.hedge() != Hedge.VAGUE || vague.kind() != ConflictKind.NUMBER) {
            return Double.NaN;
        }
        return switch (vague.norm()) {
            case "dozens" -> 24;
            case "hundreds" -> 200;
            case "thousands" -> 2_000;
            case "millions" -> 2_000_000;
            case "billions" -> 2_000_000_000;
            default -> Double.NaN;
        };
    }

    /**
     * {@code figure} is a count clearly under what {@code vague} says at least (under half its
     * {@link #floor}, as writers use "dozens" loosely): "dozens" against "eight", "hundreds" against
     * "40"; not against a bound that may reach it ("more than 12").
     */
    public static boolean belowTheFloor(Value vague, Value figure) {
        double least = floor(vague);
        return !Double.isNaN(least) && figure.kind() == ConflictKind.NUMBER
                && figure.hasAmount() && figure.unit().isEmpty()
                && (figure.hedge() == Hedge.NONE || figure.hedge() == Hedge.APPROXIMATE || figure.hedge() == Hedge.AT_MOST)
                && figure.amount() < least / 2;
    }

    /** Minutes between two clock times; a time written on a 12-hour clock may be either half of the day. */
    private static double minutesApart(Value a, Value b) {
        if (zoned(a) && zoned(b)) {
            double d = Math.abs(a.amount() - offset(a) - (b.amount() - offset(b))) % 1440;
            return Math.min(d, 1440 - d);
        }
        double d = Math.abs(a.amount() - b.amount());
        if (a.unit().equals("12h") || b.unit().equals("12h")) {
            d = Math.min(d % 720, 720 - d % 720);
        }
        return d;
    }

    /** A clock time written with its zone ("6 p.m. EDT"): two such times compare in UTC. */
    private static boolean zoned(Value v) {
        return v.kind() == ConflictKind.CLOCK && v.unit().startsWith(ValueFinder.ZONED);
    }

    private static int offset(Value v) {
        return Integer.parseInt(v.unit().substring(ValueFinder.ZONED.length()));
    }

    /** A hedged clock time ("about 2045 GMT", "shortly before 9pm") holds any time this close. */
    private static final double APPROXIMATE_MINUTES = 15;

    /**
     * A figure a bound can hold as written: a precise one, or an approximate one ("at least 70" and
     * "about 100" may both hold); not another bound, which may reach past it.
     */
    private static boolean insideABound(Value figure) {
        return figure.hedge() == Hedge.NONE || figure.hedge() == Hedge.APPROXIMATE;
    }

    /** A bound holds the other figure: "at least 50" holds 61, "up to 10" holds 7. */
    private static boolean within(Value bound, double other) {
        return bound.hedge() == Hedge.AT_LEAST && other >= bound.amount()
                || bound.hedge() == Hedge.AT_MOST && other <= bound.amount();
    }


    /** Two spellings of one name: a word of each differs by a letter or two (Madeleine / Madelyn). */
    public static boolean spellingsOfOneName(Value a, Value b) {
        if (!a.isName() || !b.isName() || a.kind() == ConflictKind.COUNTRY) {
            return false;
        }
        String[] wa = a.norm().split(" ");
        String[] wb = b.norm().split(" ");
        String[] shorter = wa.length <= wb.length ? wa : wb;
        List<String> longer = List.of(wa.length <= wb.length ? wb : wa);
        boolean variant = false;
        for (String w : shorter) {
            if (longer.contains(w) || longer.stream().anyMatch(l -> sameWordSpelledAnotherWay(w, l))) {
                continue;
            }
            if (longer.stream().noneMatch(l -> app.parallax.core.text.NameSpelling.variants(w, l))) {
                return false;
            }
            variant = true;
        }
        return variant;
    }

    /**
     * One word in two spelling conventions or numbers, not two names: "Centre" / "Center",
     * "Theatre" / "Theater", "Award" / "Awards", "Organisation" / "Organization".
     */
    static boolean sameWordSpelledAnotherWay(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() >= 4 && y.length() >= 4 && (x.equals(y + "n") || y.equals(x + "n") || x.equals(y + "es")
                || y.equals(x + "es"))) {
            return true;
        }
        if (transliteratedEnding(x, y)) {
            return true;
        }
        return x.replace("tre", "ter").equals(y.replace("tre", "ter")) || x.replace("our", "or").equals(y.replace("our", "or"))
                || x.replace("is", "iz").equals(y.replace("is", "iz")) || (x + "s").equals(y) || (y + "s").equals(x)
                || x.replace("ence", "ense").equals(y.replace("ence", "ense")) || x.replace("ogue", "og").equals(y.replace("ogue", "og"));
    }

    /** Letters a name keeps before a transliterated ending for the rule to apply. */
    private static final int TRANSLITERATED_STEM = 4;

    /**
     * One name transliterated two ways at its end, as names from Cyrillic are ("-i" / "-y" / "-iy" /
     * "-yy": Sergei / Sergey, Tkachenky / Tkachenkyy) and names from Arabic with a final "-ah" or
     * "-a" (Fallujah / Falluja, Jeddah / Jedda): a house style, not two accounts. A difference inside
     * the name (Robin / Robyn) is not this.
     */
    static boolean transliteratedEnding(String x, String y) {
        String sx = x.replaceFirst("[iy]+$", "");
        String sy = y.replaceFirst("[iy]+$", "");
        if (sx.length() < x.length() && sy.length() < y.length() && sx.length() >= TRANSLITERATED_STEM
                && sx.equals(sy)) {
            return true;
        }
        return x.length() > TRANSLITERATED_STEM && (x.equals(y + "h") && y.endsWith("a") || y.equals(x + "h") && x.endsWith("a"));
    }

    /**
     * One name written two ways rather than two names: the words that differ are one word in two
     * conventions or numbers (Pocket Pro / Pros, Laotian / Laotians, Recognised / Recognized), or
     * one side's differing word is the initials of the other's (ABC RTA / ABC Regional Transit
     * Authority, NLC / National League Committee).
     */
    public static boolean oneNameWrittenTwoWays(Value a, Value b) {
        // a middle initial tells nobody apart ("Anatoli S. Petrenko" / "Anatoly Petrenko")
        List<String> wa = java.util.Arrays.stream(a.norm().split(" ")).filter(w -> w.length() > 1).toList();
        List<String> wb = java.util.Arrays.stream(b.norm().split(" ")).filter(w -> w.length() > 1).toList();
        List<String> onlyA = wa.stream().filter(w -> !wb.contains(w)).toList();
        List<String> onlyB = wb.stream().filter(w -> !wa.contains(w)).toList();
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return false;
        }
        if (onlyA.size() == onlyB.size()) {
            boolean all = true;
            for (int i = 0; i < onlyA.size(); i++) {
                all &= sameWordSpelledAnotherWay(onlyA.get(i), onlyB.get(i));
            }
            if (all) {
                return true;
            }
        }
        return initialsOf(onlyA, onlyB) || initialsOf(onlyB, onlyA) || shortFirstName(a, wa, onlyA, wb, onlyB);
    }

    /** Letters a first name's short form keeps at least ("Tim" of "Timothy", "Sam" of "Samuel"). */
    private static final int SHORT_NAME = 3;

    /**
     * A person's first name and its short form, the family name alike: "Timothy Muris" / "Tim
     * Muris", "Samuel Ortiz" / "Sam Ortiz", "William Hale" / "Bill Hale". "Timothy Muris" / "Tim
     * Marsh" stays two people.
     */
    private static boolean shortFirstName(Value a, List<String> wa, List<String> onlyA, List<String> wb, List<String> onlyB) {
        if (a.kind() != ConflictKind.PERSON || onlyA.size() != 1 || onlyB.size() != 1 || wa.size() < 2 || wb.size() < 2
                || !wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))) {
            return false;
        }
        String x = onlyA.get(0);
        String y = onlyB.get(0);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return wa.indexOf(x) == 0 && wb.indexOf(y) == 0 && (shorter.length() >= SHORT_NAME && longer.startsWith(shorter)
                || app.parallax.core.classify.Lexicon.isShortFormOf(x, y) || app.parallax.core.classify.Lexicon.isShortFormOf(y, x));
    }

    private static boolean initialsOf(List<String> shortForm, List<String> words) {
        if (shortForm.size() != 1 || words.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        return shortForm.get(0).equals(initials.toString());
    }

    /**
     * One street's name with two different endings, its own words alike or spelled two ways:
     * "Phillips Road" / "Philip Street". Either one street named two ways or two streets; a reader
     * should look.
     */
    public static boolean oneStreetTwoEndings(Value a, Value b) {
        String[] wa = a.norm().split(" ");
        String[] wb = b.norm().split(" ");
        if (a.kind() != ConflictKind.PLACE || b.kind() != ConflictKind.PLACE || wa.length != wb.length || wa.length < 2
                || !app.parallax.core.classify.Lexicon.isStreetHead(wa[wa.length - 1])
                || !app.parallax.core.classify.Lexicon.isStreetHead(wb[wb.length - 1])
                || wa[wa.length - 1].equals(wb[wb.length - 1])) {
            return false;
        }
        for (int i = 0; i < wa.length - 1; i++) {
            if (!sameWordSpelledAnotherWay(wa[i], wb[i]) && !app.parallax.core.text.NameSpelling.variants(wa[i], wb[i])
                    && !app.parallax.core.text.Spelling.areVariants(wa[i], wb[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names are the same but for one word in the same place ("a.j. butler" / "a.j. smith"): one
     * role, two names. "Governor Hale" / "Hale Morrow" is one person named two ways.
     */
    public static boolean partlySameName(Value a, Value b) {
        List<String> wa = List.of(a.norm().split(" "));
        List<String> wb = List.of(b.norm().split(" "));
        List<String> onlyA = wa.stream().filter(w -> !wb.contains(w)).toList();
        List<String> onlyB = wb.stream().filter(w -> !wa.contains(w)).toList();
        boolean heads = onlyA.stream().anyMatch(w -> app.parallax.core.classify.Lexicon.isOrganisationHead(w)
                || app.parallax.core.classify.Lexicon.isPlaceHead(w))
                || onlyB.stream().anyMatch(w -> app.parallax.core.classify.Lexicon.isOrganisationHead(w)
                || app.parallax.core.classify.Lexicon.isPlaceHead(w));
        if (wa.size() < 2 || wa.size() != wb.size() || heads || onlyA.size() != 1 || onlyB.size() != 1) {
            return false;
        }
        return wa.indexOf(onlyA.get(0)) == wb.indexOf(onlyB.get(0));
    }
}
