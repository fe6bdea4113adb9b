package app.parallax.core.values;

import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.TermKeys;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people two passages open on, when they are two different people: "The Reyeses paid an
 * effective tax rate of 31.4 percent" / "Whitfield, by comparison, paid 32 percent" give the
 * figures of two taxpayers, not one figure told two ways, however alike the rest of the sentences
 * are. News often sets two candidates, officials or defendants side by side in sentences built alike;
 * the verb that governs such a figure may stand far from it ("paid … a rate of [32] percent"), so
 * the subject is read where a sentence names it, at its start.
 * <p>
 * A person, not any capitalised opening: a name its article writes after a personal title ("Sen.
 * Whitfield", "Gov. Alan Reyes") or with an age ("Reyes, 58,"), a plural of such a family name
 * included ("The Clintons"); "New Orleans" or "The Saints" are no one's figures. An opening followed
 * by a reporting verb names a source ("Reyes said 29 people were hurt" / "Whitfield
 * said 31"): two sources of one figure are still compared. And each passage must not name the
 * other's person at all: "Reyes paid 31 percent, more than Whitfield" is about both.
 */
final class OpeningSubjects {

    private OpeningSubjects() {
    }

    /** True when the two passages open on two different people, neither named in the other passage. */
    static boolean differ(SlotComparer.Side a, SlotComparer.Side b) {
        String familyA = of(a);
        if (familyA == null) {
            return false;
        }
        String familyB = of(b);
        return familyB != null && !familyA.equals(familyB) && !names(b, familyA) && !names(a, familyB);
    }

    /**
     * The folded family name of the person a passage opens on (skipping "The" and titles), or null:
     * no capitalised opening, an opening that is no person, or a source ("[Reyes] said").
     */
    static @org.jspecify.annotations.Nullable String of(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int i = t.isEmpty() || !t.get(0).key().equals("the") ? 0 : 1;
        boolean titled = false;
        while (i < t.size() && Lexicon.isTitle(t.get(i).key())) {
            titled = true;
            i++;
        }
        int from = i;
        while (i < t.size() && isNameWord(t.get(i)) && (i == from || !SlotComparer.bracketOrComma(t, i - 1, i, s.text()))) {
            i++;
            if (t.get(i - 1).possessive()) {
                break;
            }
        }
        if (i == from || i < t.size() && Lexicon.isReportingVerb(t.get(i).key())) {
            return null;
        }
        String written = t.get(i - 1).text().replaceAll("['\u2019]s?$", "");
        String family = written.toLowerCase(Locale.ROOT);
        if (titled || writtenAsPerson(s.text(), written)) {
            return TermKeys.fold(family);
        }
        // "The Clintons": the plural of a family name the article gives a person
        for (String ending : List.of("es", "s")) {
            String singular = family.endsWith(ending) ? written.substring(0, written.length() - ending.length()) : "";
            if (i - from == 1 && writtenAsPerson(s.text(), singular)) {
                return TermKeys.fold(singular.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static boolean isNameWord(Token w) {
        return w.capitalized() && !w.isNumeric() && WordAlignment.isContent(w) && !Lexicon.isTitle(w.key())
                && Lexicon.kindOf(w.key()).isEmpty();
    }

    /**
     * Whether the article writes {@code word} as a person's name: after a personal title, alone or
     * with given names between ("Sen. Whitfield", "Gov. Alan Reyes"), or with an age set off by
     * commas ("Reyes, 58,"). A capitalised word after another is not enough: "New Orleans", "Orleans
     * Saints" and "Naval Ship Sukanya" look like names of people too.
     */
    static boolean writtenAsPerson(String articleText, String word) {
        if (word.length() < 2) {
            return false;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(articleText);
        while (m.find()) {
            if (AGE_AFTER.matcher(articleText).region(m.end(), Math.min(articleText.length(), m.end() + 6)).lookingAt()
                    || titledBefore(articleText, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** ", 58," or ", 58." right after a name. */
    private static final Pattern AGE_AFTER = Pattern.compile(", \\d{1,3}[,.]");
    /** Given names that may stand between a title and a family name: "Gov. [Alan] Reyes". */
    private static final int GIVEN_NAMES = 2;

    /** A personal title among the capitalised words right before {@code at}. */
    private static boolean titledBefore(String text, int at) {
        int end = at;
        for (int words = 0; words <= GIVEN_NAMES; words++) {
            int stop = end;
            while (stop > 0 && text.charAt(stop - 1) == ' ') {
                stop--;
            }
            int start = stop;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            if (start == stop || !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            String key = text.substring(start, stop).replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
            if (Lexicon.isTitle(key)) {
                return true;
            }
            end = start;
        }
        return false;
    }

    /** Whether any word of the passage is the family name, or its plural. */
    private static boolean names(SlotComparer.Side s, String family) {
        Set<String> forms = Set.of(family, family + "s", family + "es");
        return s.tokens().stream().anyMatch(w -> forms.contains(TermKeys.fold(w.key())));
    }
}
