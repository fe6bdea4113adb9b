package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Slot;
import app.parallax.core.classify.SlotFinder;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the typed values of a passage from its tokens. Single words and names come from
 * {@link SlotFinder}; this class joins the pieces that make one value ("$13.9 billion", "May 14",
 * "2:30 a.m.", "53-3", "60 percent"), types years, money, percent and clock times, and reads the
 * hedge in front of a figure ("about", "at least").
 */
public final class ValueFinder {

    private static final Map<String, String> MONTH_ABBREVIATIONS = Map.ofEntries(Map.entry("jan", "january"),
            Map.entry("feb", "february"), Map.entry("mar", "march"), Map.entry("apr", "april"),
            Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    /** Words that multiply the figure before them; "mn" and "bn" as wire copy abbreviates them ("a 5 mn-pound haul"). */
    private static final Map<String, Double> MAGNITUDES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "dozen", 12.0, "mn", 1e6, "bn", 1e9);
    private static final Set<String> VAGUE_WORDS = Set.of("dozens", "hundreds", "thousands", "millions", "billions");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "per");

    private ValueFinder() {
    }

    /**
     * @param tokens the passage's tokens
     * @param text   the article text their offsets index into
     * @return the values in token order; never null
     */
    public static List<Value> find(List<Token> tokens, String text) {
        return find(tokens, text, null);
    }

    /**
     * As {@link #find(List, String)}, and with the date of the report known, "yesterday", "today",
     * "tonight", "tomorrow", "last night" and "this morning" are read as the weekday they name
     * ("yesterday" in a report of Tuesday 2023-03-21 is Monday), so they compare with the weekdays
     * other reports write.
     *
     * @param reportDate the day the article was published, or null when unknown
     */
    public static List<Value> find(List<Token> tokens, String text, java.time.@org.jspecify.annotations.Nullable LocalDate reportDate) {
        List<Slot> slots = SlotFinder.find(tokens, text);
        List<Value> out = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            if (slot.from() < next) {
                continue;
            }
            Value v = read(slot, slots, s, tokens, text);
            if (v != null) {
                out.add(v);
                next = v.to();
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            if (out.stream().noneMatch(v -> v.from() <= at && at < v.to())) {
                Value month = abbreviatedMonth(tokens, text, i);
                if (month != null) {
                    out.add(month);
                }
                Value pair = pairOf(tokens, i);
                if (pair != null && out.stream().noneMatch(v -> v.from() < pair.to() && pair.from() < v.to())) {
                    out.add(pair);
                }
            }
        }
        if (reportDate != null) {
            for (int i = 0; i < tokens.size(); i++) {
                int at = i;
                java.time.LocalDate day = relativeDay(tokens, i, reportDate);
                if (day != null && out.stream().noneMatch(v -> v.from() <= at && at < v.to() && v.kind() == ConflictKind.WEEKDAY)) {
                    out.add(new Value(ConflictKind.WEEKDAY,
                            day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                                    .toLowerCase(java.util.Locale.ROOT),
                            Double.NaN, "", Hedge.NONE, i, i + 1, SlotFinder.datesAStatement(tokens, text, i), false));
                }
            }
        }
        voteTallies(tokens, out);
        out.sort(java.util.Comparator.comparingInt(Value::from));
        return List.copyOf(out);
    }

    /** Words a vote word may stand back from the tally it announces ("vote [of] 68 to 32"). */
    private static final int VOTE_REACH = 3;

    /**
     * Two whole numbers joined by "to" right after a vote word are one tally, as "68-32" is: "by a
     * vote of 68 to 32" replaces the figures 68 and 32 with the tally 68-32, so that it is compared
     * with another outlet's "68-31" as one count of one vote.
     */
    private static void voteTallies(List<Token> tokens, List<Value> out) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            int at = i;
            Value first = out.stream().filter(v -> v.from() == at && v.to() == at + 1).findFirst().orElse(null);
            Value second = out.stream().filter(v -> v.from() == at + 2 && v.to() == at + 3).findFirst().orElse(null);
            if (first == null || second == null || !tokens.get(i + 1).key().equals("to") || !plainCount(first)
                    || !plainCount(second) || !voteWordBefore(tokens, i)) {
                continue;
            }
            out.remove(first);
            out.remove(second);
            out.add(new Value(ConflictKind.NUMBER, tokens.get(i).term() + "-" + tokens.get(i + 2).term(), Double.NaN, RECORD,
                    Hedge.NONE, i, i + 3, false, false));
        }
    }

    private static boolean plainCount(Value v) {
        return v.kind() == ConflictKind.NUMBER && v.unit().isEmpty() && v.hedge() == Hedge.NONE && v.hasAmount()
                && v.amount() == Math.rint(v.amount()) && v.amount() >= 0;
    }

    private static boolean voteWordBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - VOTE_REACH); k--) {
            if (app.parallax.core.classify.Lexicon.isVoteWord(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a pair of hooks" counts two, "a couple of days" about two: a count written as a noun. Only
     * after "a" and before "of", so "the pair" (two people named before) and "the couple" are no figure.
     */
    private static @org.jspecify.annotations.Nullable Value pairOf(List<Token> tokens, int i) {
        String key = tokens.get(i).key();
        if (!(key.equals("pair") || key.equals("couple")) || i == 0 || i + 1 >= tokens.size()
                || !tokens.get(i - 1).key().equals("a") || !tokens.get(i + 1).key().equals("of")) {
            return null;
        }
        return new Value(ConflictKind.NUMBER, "2", 2, "", key.equals("pair") ? Hedge.NONE : Hedge.APPROXIMATE,
                i - 1, i + 2, false, false);
    }

    /** Capitalised words a street's name may run to before its last word ("2088 North Philip Street"). */
    private static final int STREET_NAME_WORDS = 4;

    /**
     * A number right before a street's name is part of an address ("at 2088 Philip Street", "200 W.
     * American Blvd."), neither a year nor a quantity.
     */
    private static boolean houseNumber(List<Token> tokens, int after) {
        for (int i = after; i < Math.min(tokens.size(), after + STREET_NAME_WORDS + 1); i++) {
            Token t = tokens.get(i);
            if (!t.capitalized() || t.isNumeric()) {
                return false;
            }
            if (i > after && app.parallax.core.classify.Lexicon.isStreetHead(t.key())) {
                return true;
            }
        }
        return false;
    }

    /** The day a relative word names in a report of {@code reportDate}, or null. */
    private static java.time.@org.jspecify.annotations.Nullable LocalDate relativeDay(List<Token> tokens, int i,
                                                                                    java.time.LocalDate reportDate) {
        String key = tokens.get(i).key();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
        return switch (key) {
            case "yesterday" -> reportDate.minusDays(1);
            case "today", "tonight" -> reportDate;
            case "tomorrow" -> reportDate.plusDays(1);
            case "last" -> next.equals("night") ? reportDate.minusDays(1) : null;
            case "this" -> Set.of("morning", "afternoon", "evening").contains(next) ? reportDate : null;
            default -> null;
        };
    }

    private static Value read(Slot slot, List<Slot> slots, int s, List<Token> tokens, String text) {
        Token t = tokens.get(slot.from());
        boolean possessive = tokens.get(slot.to() - 1).possessive();
        return switch (slot.kind()) {
            case NUMBER, DATE -> houseNumber(tokens, slot.to()) ? null : number(slot, tokens, text);
            case MONTH -> month(slot.value(), slot.from(), tokens, text);
            case WEEKDAY, MEAL, TIME_OF_DAY, ORDINAL -> new Value(slot.kind(), slot.value(), Double.NaN, "",
                    deadline(tokens, slot.from()) && slot.kind() != ConflictKind.MEAL ? Hedge.VAGUE : Hedge.NONE,
                    slot.from(), slot.to(), slot.reportingTime(), possessive);
            default -> {
                Value month = slot.to() - slot.from() == 1 ? abbreviatedMonth(tokens, text, slot.from()) : null;
                // "west of Manokwari Jan. 4": the name ends before the date, which is read on its own
                int to = slot.to() - slot.from() > 1 && datedAbbreviation(tokens, text, slot.to() - 1) ? slot.to() - 1
                        : slot.to();
                yield month != null ? month : new Value(slot.kind(), nameNorm(tokens, slot.from(), to), Double.NaN, "",
                        Hedge.NONE, slot.from(), to, false, to == slot.to() && possessive);
            }
        };
    }

    /** A name as written, lower case without accents or dots: spellings stay apart ("robyn" / "robin"). */
    private static String nameNorm(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(app.parallax.core.text.TermKeys.keyWithoutDescriptor(tokens.get(i)).replace(".", ""));
        }
        return sb.toString();
    }

    /** An abbreviated month with its day after it ("Jan. 4"), which a name run may have swallowed. */
    private static boolean datedAbbreviation(List<Token> tokens, String text, int i) {
        return abbreviatedMonth(tokens, text, i) != null && i + 1 < tokens.size() && dayNumber(tokens.get(i + 1)) > 0;
    }

    /** "Jan. 4", "Sept. 12": an abbreviated month, capitalised and followed by a full stop or a day. */
    private static Value abbreviatedMonth(List<Token> tokens, String text, int i) {
        Token t = tokens.get(i);
        String full = MONTH_ABBREVIATIONS.get(t.key());
        if (full == null || !t.capitalized()) {
            return null;
        }
        int end = t.range().end();
        boolean dot = end < text.length() && text.charAt(end) == '.';
        if (!dot && !(i + 1 < tokens.size() && dayNumber(tokens.get(i + 1)) > 0)) {
            return null;
        }
        return month(full, i, tokens, text);
    }

    /** A month, with its day when one stands next to it ("May 14", "14 May"). */
    private static Value month(String name, int at, List<Token> tokens, String text) {
        if (at + 1 < tokens.size() && dayNumber(tokens.get(at + 1)) > 0 && adjacent(tokens, at, at + 1, text)) {
            return new Value(ConflictKind.DATE, name + " " + dayNumber(tokens.get(at + 1)), Double.NaN, "", Hedge.NONE,
                    at, at + 2, false, tokens.get(at + 1).possessive());
        }
        if (at > 0 && dayNumber(tokens.get(at - 1)) > 0 && adjacent(tokens, at - 1, at, text)
                && !tokens.get(at - 1).key().contains(",")) {
            return new Value(ConflictKind.DATE, name + " " + dayNumber(tokens.get(at - 1)), Double.NaN, "", Hedge.NONE,
                    at - 1, at + 1, false, tokens.get(at).possessive());
        }
        return new Value(ConflictKind.MONTH, name, Double.NaN, "", Hedge.NONE, at, at + 1, false,
                tokens.get(at).possessive());
    }

    private static int dayNumber(Token t) {
        String k = t.key().replaceAll("(st|nd|rd|th)$", "");
        if (k.isEmpty() || k.length() > 2 || !k.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int d = Integer.parseInt(k);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** Only spaces (or a full stop of an abbreviation) between two tokens. */
    private static boolean adjacent(List<Token> tokens, int i, int j, String text) {
        String between = between(tokens, i, j, text);
        return between.isBlank() || between.strip().equals(".");
    }

    /** The text between tokens {@code i} and {@code j}. */
    private static String between(List<Token> tokens, int i, int j, String text) {
        return text.substring(tokens.get(i).range().end(), tokens.get(j).range().start());
    }

    /**
     * A comma before one or two digits and a magnitude: a decimal comma, as much of Europe writes
     * it ("1,2 million" is 1.2 million; "1,200 million" keeps its thousands separator).
     */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("\\d{1,3},\\d{1,2}");

    /** The magnitude opening a compound: "billion" of "billion-pound", "million" of "million-dollar". */
    private static String magnitudeOf(String key) {
        int dash = key.indexOf('-');
        return dash > 0 && MAGNITUDES.containsKey(key.substring(0, dash)) ? key.substring(0, dash) : null;
    }

    private static Value number(Slot slot, List<Token> tokens, String text) {
        int from = slot.from();
        Token t = tokens.get(from);
        String key = t.key();
        int start = t.range().start();
        int end = t.range().end();
        if (start > 0 && text.charAt(start - 1) == '\uFFFD' || end < text.length() && text.charAt(end) == '\uFFFD') {
            return null;
        }
        Value clock = clock(tokens, text, from);
        if (clock != null) {
            return clock;
        }
        if (from + 1 < tokens.size() && dayNumber(t) > 0 && tokens.get(from + 1).capitalized()
                && (app.parallax.core.classify.Lexicon.kindOf(tokens.get(from + 1).key()).orElse(null) == ConflictKind.MONTH
                    || MONTH_ABBREVIATIONS.containsKey(tokens.get(from + 1).key()))) {
            return null;
        }
        Value fraction = fraction(tokens, text, from);
        if (fraction != null) {
            return fraction;
        }
        if (identifier(tokens, from, text) || partitiveOne(tokens, from)) {
            return null;
        }
        if (followedBy(text, end, '-') && from + 1 < tokens.size() && tokens.get(from + 1).isNumeric()
                && tokens.get(from + 1).range().start() == end + 1) {
            return record(tokens, text, from);
        }
        Value grouped = groupedDigits(tokens, text, from);
        if (grouped != null) {
            return grouped;
        }
        if (!t.isNumeric() && VAGUE_WORDS.contains(key)) {
            return new Value(ConflictKind.NUMBER, key, Double.NaN, "", Hedge.VAGUE, from, from + 1, false, false);
        }
        if (key.endsWith("s") && t.isNumeric()) {
            return new Value(ConflictKind.NUMBER, key, Double.NaN, "", Hedge.VAGUE, from, from + 1, false, false);
        }
        double amount = amount(t);
        if (Double.isNaN(amount)) {
            return null;
        }
        if (start > 0 && text.charAt(start - 1) == '.' && t.isNumeric() && (start < 2 || !Character.isDigit(text.charAt(start - 2)))) {
            amount = Double.parseDouble("0." + t.term().replace(".", ""));
        }
        int to = from + 1;
        if (to < tokens.size() && MAGNITUDES.containsKey(tokens.get(to).key()) && DECIMAL_COMMA.matcher(key).matches()) {
            amount = Double.parseDouble(key.replace(',', '.'));
        }
        while (to < tokens.size() && MAGNITUDES.containsKey(tokens.get(to).key()) && (adjacent(tokens, to - 1, to, text)
                || between(tokens, to - 1, to, text).equals("-"))) {
            amount *= MAGNITUDES.get(tokens.get(to).key());
            to++;
        }
        String compound = to < tokens.size() && t.isNumeric() && adjacent(tokens, to - 1, to, text)
                ? magnitudeOf(tokens.get(to).key()) : null;
        if (compound != null) {
            amount *= MAGNITUDES.get(compound);
            to++;
        }
        if (!t.isNumeric() && MAGNITUDES.containsKey(key)) {
            if (from > 0 && (tokens.get(from - 1).key().equals("a") || tokens.get(from - 1).key().equals("one"))) {
                // "a hundred": the magnitudes after it ("a hundred billion") are already in the amount
                amount *= MAGNITUDES.get(key);
            } else {
                return null;
            }
        }
        String unit = "";
        char before = currencySign(text, start);
        if (before == '$' || before == '£' || before == '€' || before == '¥') {
            unit = String.valueOf(before);
        } else if (followedBy(text, tokens.get(to - 1).range().end(), '%')) {
            unit = "%";
        } else if (to < tokens.size() && PERCENT_WORDS.contains(tokens.get(to).key())
                && (!tokens.get(to).key().equals("per") || (to + 1 < tokens.size() && tokens.get(to + 1).key().equals("cent")))) {
            unit = "%";
        }
        ConflictKind kind = unit.equals("%") ? ConflictKind.PERCENT : !unit.isEmpty() ? ConflictKind.MONEY
                : slot.kind() == ConflictKind.DATE && to == from + 1 && t.isNumeric() && key.length() == 4 ? ConflictKind.YEAR
                : ConflictKind.NUMBER;
        String norm = kind == ConflictKind.YEAR ? key : plain(amount);
        Hedge hedge = kind == ConflictKind.YEAR && deadline(tokens, from) ? Hedge.AT_MOST : hedge(tokens, from);
        return new Value(kind, norm, amount, unit, hedge, from, to, false, false);
    }

    /**
     * The character before a figure, reading a currency sign past its country letters ("$US1
     * million", "$A5"); a space at the start of the text.
     */
    private static char currencySign(String text, int start) {
        int i = start;
        while (i > 0 && start - i < 3 && Character.isUpperCase(text.charAt(i - 1))) {
            i--;
        }
        return i < start && i > 0 && text.charAt(i - 1) == '$' ? '$' : start > 0 ? text.charAt(start - 1) : ' ';
    }

    /** "2 1/2", "2-1/2", "1/2": a whole number and a fraction, or a fraction alone. */
    private static Value fraction(List<Token> tokens, String text, int from) {
        int i = from;
        double whole = 0;
        if (i + 2 < tokens.size() && tokens.get(i).key().matches("\\d+")
                && (between(tokens, i, i + 1, text).equals(" ") || between(tokens, i, i + 1, text).equals("-"))
                && isFraction(tokens, text, i + 1)) {
            whole = Double.parseDouble(tokens.get(i).key());
            i++;
        }
        if (!isFraction(tokens, text, i)) {
            return null;
        }
        double value = whole + Double.parseDouble(tokens.get(i).key()) / Double.parseDouble(tokens.get(i + 1).key());
        return new Value(ConflictKind.NUMBER, plain(value), value, "", hedge(tokens, from), from, i + 2, false, false);
    }

    private static boolean isFraction(List<Token> tokens, String text, int i) {
        return i + 1 < tokens.size() && tokens.get(i).key().matches("\\d{1,2}") && tokens.get(i + 1).key().matches("\\d{1,2}")
                && between(tokens, i, i + 1, text).equals("/")
                && !tokens.get(i + 1).key().equals("0");
    }

    /**
     * "One of" that picks a member, not a count: "one of 99 suspects" (the figure is 99), "one of
     * the country's largest providers", "one of the most visited sites".
     */
    private static boolean partitiveOne(List<Token> tokens, int from) {
        if (!tokens.get(from).key().equals("one") || from + 2 >= tokens.size() || !tokens.get(from + 1).key().equals("of")) {
            return false;
        }
        for (int i = from + 2; i < Math.min(tokens.size(), from + 5); i++) {
            String key = tokens.get(i).key();
            if (i == from + 2 && tokens.get(i).isNumeric() || key.equals("most") || key.equals("best") || key.equals("worst")
                    || key.length() > 5 && key.endsWith("est") && !tokens.get(i).capitalized() && !NOT_SUPERLATIVES.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Words ending in "est" that are no superlative ("one of the protest leaders" counts one). */
    private static final Set<String> NOT_SUPERLATIVES = Set.of("arrest", "contest", "digest", "forest", "harvest",
            "honest", "inquest", "interest", "invest", "manifest", "modest", "protest", "request", "suggest", "conquest");

    /** Words after a number that make it a gun's calibre, not a count. */
    private static final Set<String> CALIBRE = Set.of("caliber", "calibre");

    /** Most capitals before a dash and a number that make one name of them ("AK-47", "COVID-19"). */
    private static final int MODEL_LETTERS = 5;

    /**
     * A number that names rather than counts: "Route 52", "Flight 93", "No. 5", a part of a fraction
     * ("2-1/2"). Such numbers are not compared as quantities.
     */
    private static boolean identifier(List<Token> tokens, int from, String text) {
        Token t = tokens.get(from);
        if (!t.isNumeric()) {
            return false;
        }
        int end = t.range().end();
        if (end < text.length() && text.charAt(end) == '/' || t.range().start() > 0 && text.charAt(t.range().start() - 1) == '/') {
            return true;
        }
        if (from + 1 < tokens.size() && CALIBRE.contains(tokens.get(from + 1).key())) {
            return true; // a gun's calibre names its kind: ".38-caliber revolver"
        }
        if (from == 0) {
            return false;
        }
        Token before = tokens.get(from - 1);
        String between = text.substring(before.range().end(), t.range().start());
        if (between.equals("-") && before.text().length() <= MODEL_LETTERS
                && before.text().chars().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c))) {
            return true; // a model or a name with a number: "AK-47", "F-16", "COVID-19"
        }
        // a share after a name is the name's share, not its number: "leading Whitfield 44 percent to 38 percent";
        boolean share = followedBy(text, end, '%') || from + 1 < tokens.size() && PERCENT_WORDS.contains(tokens.get(from + 1).key());
        // so is a score or tally: "beat the Herons 27-23"
        boolean tally = followedBy(text, end, '-') && from + 1 < tokens.size() && tokens.get(from + 1).isNumeric()
                && tokens.get(from + 1).range().start() == end + 1;
        boolean name = before.capitalized() && !before.sentenceInitial() && !before.isNumeric()
                && app.parallax.core.classify.Lexicon.kindOf(before.key()).isEmpty() && !share && !tally;
        return name && (between.equals(" ") || between.equals(". ")) || before.key().equals("no") && between.equals(". ");
    }

    /**
     * Digits written in groups parted by single spaces ("0800 555 111", a phone number): one value,
     * compared as one string of digits.
     */
    /** Digits opening with a zero, as a telephone number does ("0845"); not a decimal ("0.41"). */
    private static final java.util.regex.Pattern PHONE_START = java.util.regex.Pattern.compile("0\\d{2,}");

    private static Value groupedDigits(List<Token> tokens, String text, int from) {
        int to = from + 1;
        while (to < tokens.size() && tokens.get(to).isNumeric() && tokens.get(to).key().matches("\\d+")
                && tokens.get(to - 1).key().matches("\\d+")
                && between(tokens, to - 1, to, text).equals(" ")) {
            to++;
        }
        boolean phoneLike = PHONE_START.matcher(tokens.get(from).key()).matches();
        if (to == from + 1 && !phoneLike) {
            return null;
        }
        if (to == from + 1 || (to == from + 2 && !phoneLike && tokens.get(from + 1).key().length() != 3)) {
            return phoneLike ? new Value(ConflictKind.NUMBER, tokens.get(from).key(), Double.NaN, "", Hedge.NONE,
                    from, from + 1, false, false) : null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = from; i < to; i++) {
            digits.append(tokens.get(i).key());
        }
        return new Value(ConflictKind.NUMBER, digits.toString(), Double.NaN, "", Hedge.NONE, from, to, false, false);
    }

    /** "53-3", "10-5-2", "97-1": a record or tally, compared whole. */
    private static Value record(List<Token> tokens, String text, int from) {
        int to = from + 1;
        StringBuilder norm = new StringBuilder(tokens.get(from).term());
        while (to < tokens.size() && tokens.get(to).isNumeric()
                && tokens.get(to).range().start() == tokens.get(to - 1).range().end() + 1
                && text.charAt(tokens.get(to - 1).range().end()) == '-') {
            norm.append('-').append(tokens.get(to).term());
            to++;
        }
        if (phoneNumber(tokens, text, from, to)) {
            String written = text.substring(tokens.get(from).range().start(), tokens.get(to - 1).range().end());
            return new Value(ConflictKind.NUMBER, written, Double.NaN, PHONE, Hedge.NONE, from, to, false, false);
        }
        return new Value(ConflictKind.NUMBER, norm.toString(), Double.NaN, RECORD, Hedge.NONE, from, to, false, false);
    }

    /** The unit of records and tallies, so that they are compared only with each other. */
    static final String RECORD = "record";
    /** The unit of telephone numbers written with dashes ("555-0142", "907-555-0142"). */
    static final String PHONE = "phone";

    /**
     * Groups of digits joined by dashes, each of three digits or more and the last of four: a
     * telephone number, not a record ("53-3") or a season ("2008-09").
     */
    private static boolean phoneNumber(List<Token> tokens, String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String written = tokens.get(i).text();
            if (written.length() < 3 || !written.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return tokens.get(to - 1).text().length() == 4;
    }

    /**
     * A clock time: "2:30" with or without "a.m.", "2 a.m.", "8.45pm", "2045 GMT". Its norm is the
     * time in 24-hour form; "2:30" without a.m. or p.m. keeps its 12-hour reading open.
     */
    private static Value clock(List<Token> tokens, String text, int from) {
        Token t = tokens.get(from);
        if (!t.isNumeric()) {
            return null;
        }
        int to = from + 1;
        int hour;
        int minute = 0;
        String k = t.key();
        if (to < tokens.size() && followedBy(text, t.range().end(), ':') && tokens.get(to).isNumeric()
                && tokens.get(to).range().start() == t.range().end() + 1 && tokens.get(to).key().length() == 2) {
            hour = parseInt(k);
            minute = parseInt(tokens.get(to).key());
            to++;
        } else if (k.matches("\\d{1,2}\\.\\d\\d") && to < tokens.size() && meridiem(tokens.get(to)) != null) {
            hour = parseInt(k.substring(0, k.indexOf('.')));
            minute = parseInt(k.substring(k.indexOf('.') + 1));
        } else if (k.matches("\\d{1,2}") && to < tokens.size() && meridiem(tokens.get(to)) != null) {
            hour = parseInt(k);
        } else if (k.matches("[0-2]\\d[0-5]\\d") && to < tokens.size() && ZONE_OFFSETS.containsKey(tokens.get(to).key())) {
            hour = parseInt(k.substring(0, 2));
            minute = parseInt(k.substring(2));
        } else {
            return null;
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        String m = to < tokens.size() ? meridiem(tokens.get(to)) : null;
        if (m != null) {
            hour = hour % 12 + (m.equals("pm") ? 12 : 0);
            to++;
        }
        Integer offset = null;
        if (to < tokens.size() && ZONE_OFFSETS.containsKey(tokens.get(to).key())
                && between(tokens, to - 1, to, text).matches(" \\(?")) {
            offset = ZONE_OFFSETS.get(tokens.get(to).key());
            to++;
        }
        String norm = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
        String unit = offset != null ? ZONED + offset : m == null && hour <= 12 ? "12h" : "";
        return new Value(ConflictKind.CLOCK, norm, hour * 60 + minute, unit, hedge(tokens, from), from, to, false, false);
    }

    /** Unit of a clock time written with its zone: this, then the zone's offset from UTC in minutes. */
    static final String ZONED = "utc";

    /**
     * Time zones news copy names, by their offset from UTC in minutes. Abbreviations that name two
     * zones (IST: India or Ireland) are left out.
     */
    private static final Map<String, Integer> ZONE_OFFSETS = Map.ofEntries(Map.entry("gmt", 0), Map.entry("utc", 0),
            Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("msk", 180),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("jst", 540), Map.entry("hkt", 480), Map.entry("aest", 600), Map.entry("aedt", 660));

    private static String meridiem(Token t) {
        String s = t.text().toLowerCase(Locale.ROOT).replace(".", "");
        return s.equals("am") || s.equals("pm") ? s : null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    private static boolean followedBy(String text, int at, char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private static double amount(Token t) {
        String term = t.term();
        if (MAGNITUDES.containsKey(t.key())) {
            return 1;
        }
        try {
            return Double.parseDouble(term);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Digits without a trailing ".0": 1.39E10 gives "13900000000". */
    static String plain(double amount) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(amount).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** The hedge in the three words before a figure ("about", "at least", "more than", "an estimated"). */
    /**
     * A time given as a deadline, "by Friday", "by the sixth round", "by 2030": it bounds when
     * something happened or will, and states no day of its own.
     */
    private static boolean deadline(List<Token> tokens, int from) {
        String w1 = from >= 1 ? tokens.get(from - 1).key() : "";
        String w2 = from >= 2 ? tokens.get(from - 2).key() : "";
        return w1.equals("by") || w1.equals("the") && w2.equals("by");
    }

    static Hedge hedge(List<Token> tokens, int from) {
        String w1 = from >= 1 ? tokens.get(from - 1).key() : "";
        String w2 = from >= 2 ? tokens.get(from - 2).key() : "";
        String w3 = from >= 3 ? tokens.get(from - 3).key() : "";
        String two = w2 + " " + w1;
        String three = w3 + " " + two;
        // "no more than 20" and "not more than 20" bound from above, "no less than 20" from below
        boolean negated = w3.equals("no") || w3.equals("not");
        if (negated && two.equals("more than")) {
            return Hedge.AT_MOST;
        }
        if (negated && (two.equals("less than") || two.equals("fewer than"))) {
            return Hedge.AT_LEAST;
        }
        if (two.equals("at least") || two.equals("more than") || two.equals("upwards of")
                || three.equals("no fewer than") || w1.equals("over")) {
            return Hedge.AT_LEAST;
        }
        // "as many as 80" is the most said, as "up to 80"
        if (two.equals("up to") || two.equals("less than") || two.equals("fewer than") || two.equals("at most")
                || three.equals("as many as") || three.equals("as much as")
                || w1.equals("under") || w1.equals("below")) {
            return Hedge.AT_MOST;
        }
        if (Set.of("about", "around", "roughly", "approximately", "nearly", "almost", "some", "estimated", "approx",
                "circa", "perhaps", "maybe", "reportedly").contains(w1) || two.equals("close to")
                || two.equals("just over") || two.equals("just under") || two.equals("more or")
                || (w1.equals("after") || w1.equals("past")) && (w2.equals("just") || w2.equals("shortly"))
                || w1.equals("before") && (w2.equals("just") || w2.equals("shortly"))) {
            return Hedge.APPROXIMATE;
        }
        return Hedge.NONE;
    }
}
