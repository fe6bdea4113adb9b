package app.parallax.core.classify;

import app.parallax.core.text.Token;
import app.parallax.core.text.TermKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Finds the typed facts in a passage's tokens: lexicon words (weekday, month, meal, time of day,
 * numbers, ordinals, years), country names and nationality adjectives, place names ending in a
 * geographic noun ("Black Sea"), organisation names ("Foreign Ministry") and other capitalised
 * name runs, taken as people.
 */
public final class SlotFinder {

    /** "D-N", "R-Ga" of a party-and-state tag such as "(D-N.J.)": not part of the name. */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[a-z]-[a-z]{1,2}");

    private SlotFinder() {
    }

    /**
     * The typed facts in a passage's tokens, in token order. In a passage written in title case (a
     * headline: "House Asked Bill Clinton To Testify") capitals say nothing about names, so no
     * person, place or organisation is read from it.
     */
    public static List<Slot> find(List<Token> tokens) {
        return find(tokens, null);
    }

    /**
     * As {@link #find(List)}; with the text the tokens index into, a day before a trailing
     * attribution dates its clause's event ({@link #datesAStatement(List, String, int)}).
     */
    public static List<Slot> find(List<Token> tokens, @org.jspecify.annotations.Nullable String text) {
        // a country joined to a descriptor ("New Zealand-born", "Iraq-based") is still the country
        List<String> keys = tokens.stream().map(app.parallax.core.text.TermKeys::keyWithoutDescriptor).toList();
        boolean titleCase = isTitleCase(tokens);
        List<Slot> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int used = lexiconSlot(tokens, text, i, out);
            if (used == 0) {
                used = countrySlot(tokens, keys, i, out);
            }
            if (used == 0 && !titleCase) {
                // a sentence's first word is no name of its own, and a country right after it is
                // a country, not the rest of a name run ("The New Zealand-born climber")
                used = tokens.get(i).sentenceInitial() && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                        && Lexicon.countryLength(keys, i + 1) > 0 ? 1 : nameSlot(tokens, i, out);
            }
            i += Math.max(1, used);
        }
        return out;
    }

    /**
     * A headline in title case: nearly every word of four letters or more starts with a capital,
     * short linking words ("with", "after") aside, which some styles leave in lower case. A sentence
     * full of names ("Police said John Jenkin, 34, of Newton Street, Millom was arrested") still has
     * its verbs in lower case.
     */
    static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens) {
            if (t.key().length() >= 4 && Character.isLetter(t.text().charAt(0)) && !TITLE_LOWER.contains(t.key())) {
                words++;
                capitals += t.capitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 7 >= words * 6;
    }

    /** Linking words of four letters or more that title-case styles may leave in lower case. */
    private static final Set<String> TITLE_LOWER = Set.of("with", "from", "into", "onto", "than", "that", "over",
            "after", "about", "upon", "amid", "near", "before", "under", "while", "when");

    /** The comparison value of a lexicon word: digits for numbers, one name per time of day or meal. */
    private static String lexiconValue(ConflictKind kind, Token t) {
        return switch (kind) {
            case NUMBER, ORDINAL, DATE -> t.term();
            case TIME_OF_DAY -> Lexicon.timeOfDayGroup(t.key());
            case MEAL -> Lexicon.mealGroup(t.key());
            default -> t.key().replace(",", "");
        };
    }

    private static int lexiconSlot(List<Token> tokens, @org.jspecify.annotations.Nullable String text, int i,
                                   List<Slot> out) {
        Token t = tokens.get(i);
        Optional<ConflictKind> kind = Lexicon.kindOf(t.key());
        if (kind.isEmpty() || (kind.get() == ConflictKind.MONTH && !t.capitalized())) {
            return 0;
        }
        boolean reporting = kind.get() == ConflictKind.WEEKDAY
                && (text == null ? datesAStatement(tokens, i) : datesAStatement(tokens, text, i));
        out.add(new Slot(kind.get(), lexiconValue(kind.get(), t), i, i + 1, reporting));
        return 1;
    }

    private static int countrySlot(List<Token> tokens, List<String> keys, int i, List<Slot> out) {
        Token t = tokens.get(i);
        if (!t.capitalized()) {
            return 0;
        }
        int n = Lexicon.countryLength(keys, i);
        if (n == 0 && Lexicon.looksLikeDemonym(t.key()) && !nextIsCapitalized(tokens, i)) {
            n = 1;
        }
        if (n == 0 || (i + n < tokens.size() && Lexicon.isPlaceHead(tokens.get(i + n).key())
                && tokens.get(i + n).capitalized())) {
            return 0;
        }
        String value = n == 1 ? Lexicon.countryOfDemonym(keys.get(i)) : String.join(" ", keys.subList(i, i + n));
        out.add(new Slot(ConflictKind.COUNTRY, value, i, i + n));
        return n;
    }

    private static int nameSlot(List<Token> tokens, int i, List<Slot> out) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).capitalized() && tokens.get(end).key().length() > 1
                && Lexicon.kindOf(tokens.get(end).key()).isEmpty() && !Lexicon.isCurrencyWord(tokens.get(end).key())
                && !PARTY_TAG.matcher(tokens.get(end).key()).matches()
                && (end == i || spaceOnlyBetween(tokens.get(end - 1), tokens.get(end)))) {
            end++;
        }
        int n = end - i;
        if (n == 0 || (tokens.get(i).sentenceInitial() && n == 1)) {
            return n;
        }
        int from = tokens.get(i).sentenceInitial() ? i + 1 : i;
        int firstTitle = -1;
        int lastTitle = -1;
        for (int k = from; k < end; k++) {
            if (isTitleWord(tokens.get(k).key())
                    || Lexicon.isTitleModifier(tokens.get(k).key()) && k + 1 < end && Lexicon.isTitle(tokens.get(k + 1).key())
                    || tokens.get(k).key().equals("general") && lastTitle == k - 1 && lastTitle >= 0) {
                firstTitle = firstTitle < 0 ? k : firstTitle;
                lastTitle = k;
            }
        }
        if (firstTitle < 0) {
            addName(tokens, from, end, out);
        } else {
            addName(tokens, from, firstTitle, out);
            addName(tokens, lastTitle + 1, end, out);
        }
        return n;
    }

    /**
     * A title, or a compound of one ("Attorney-General", "Vice-President"); "General" after a title
     * ("Attorney General", "Inspector General") is part of it, which the caller sees.
     */
    private static boolean isTitleWord(String key) {
        if (Lexicon.isTitle(key)) {
            return true;
        }
        if (key.indexOf('-') > 0) {
            for (String part : key.split("-")) {
                if (Lexicon.isTitle(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name run, without the titles inside it: "Chargers General Manager A.J. Smith" names the
     * Chargers and A.J. Smith; "Police Chief Jim Williams", Jim Williams; "Ms. Mendes", Mendes.
     */
    private static void addName(List<Token> tokens, int from, int to, List<Slot> out) {
        if (from < to) {
            out.add(new Slot(nameKind(tokens, from, to), value(tokens, from, to), from, to));
        }
    }

    /**
     * One name runs over words parted by a single space: a comma, a bracket or a possessive ends it
     * ("Ada Lowe (Leeds), Ben Carr" is two names, "the Leeds school's Ben Carr" names Ben Carr).
     */
    private static boolean spaceOnlyBetween(Token previous, Token next) {
        return next.range().start() - previous.range().end() == 1 && !previous.possessive();
    }

    private static ConflictKind nameKind(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).key();
        if (Lexicon.isPlaceHead(last)) {
            return ConflictKind.PLACE;
        }
        for (int i = from; i < to; i++) {
            if (Lexicon.isOrganisationHead(tokens.get(i).key())) {
                return ConflictKind.ORGANISATION;
            }
        }
        return ConflictKind.PERSON;
    }

    private static String value(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(TermKeys.fold(tokens.get(i).key()));
        }
        return sb.toString();
    }

    /**
     * "said Friday", "told reporters on Monday", "announced late on Sunday", "on Monday said",
     * "On Friday, police said": the day something was said, not the day of the event reported.
     * Only words that can stand between a reporting verb and its day may separate them (a
     * preposition, an article, the audience or channel, a name); a clause between ("said he thinks
     * the man died Monday") gives the day to the event.
     */
    public static boolean datesAStatement(List<Token> tokens, int i) {
        return statementVerb(tokens, i) >= 0;
    }

    /**
     * As {@link #datesAStatement(List, int)}, but a day that ends a clause set off by a comma from a
     * trailing attribution dates the clause's event, not the statement: "the climber fell about 600
     * metres on [Monday], police said"; "On [Monday], police said" and "police [Monday] said" still date
     * the statement.
     *
     * @param text the text the tokens' offsets index into
     */
    public static boolean datesAStatement(List<Token> tokens, String text, int i) {
        int verb = statementVerb(tokens, i);
        return verb >= 0 && !(verb > i && endsAClauseBeforeAttribution(tokens, text, i));
    }

    /** Words of a clause before a day: more than an opening phrase ("Late on", "Early"). */
    private static final int CLAUSE_BEFORE_DAY = 3;

    private static boolean endsAClauseBeforeAttribution(List<Token> tokens, String text, int i) {
        if (i < CLAUSE_BEFORE_DAY || i + 1 >= tokens.size()) {
            return false;
        }
        for (int j = i - CLAUSE_BEFORE_DAY + 1; j <= i; j++) {
            if (tokens.get(j).sentenceInitial()) {
                return false;
            }
        }
        int from = tokens.get(i).range().end();
        int to = tokens.get(i + 1).range().start();
        return from <= to && to <= text.length() && text.substring(from, to).indexOf(',') >= 0;
    }

    /** The reporting verb whose statement the day at {@code i} dates (see {@link #datesAStatement}), or -1. */
    public static int statementVerb(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            Token t = tokens.get(j);
            if (Lexicon.isReportingVerb(t.key())) {
                return j;
            }
            if (!Lexicon.isStatementFiller(t.key()) && !t.capitalized()) {
                break;
            }
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
            Token t = tokens.get(j);
            if (Lexicon.isReportingVerb(t.key())) {
                return j;
            }
            if (!SUBJECT_FILLER.contains(t.key()) && !Lexicon.isSpeakerWord(t.key()) && !t.capitalized()) {
                break;
            }
        }
        return -1;
    }

    /**
     * Words between a day and the reporting verb after it besides {@linkplain Lexicon#isSpeakerWord
     * who speaks}: "On Monday, [the] police said", "Monday [morning] officials said".
     */
    private static final Set<String> SUBJECT_FILLER = Set.of("the", "a", "an", "afternoon", "morning", "evening",
            "night", "also");

    private static boolean nextIsCapitalized(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).capitalized();
    }
}
