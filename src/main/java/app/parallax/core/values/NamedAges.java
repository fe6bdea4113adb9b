package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A named person's age as news writes it: "John Jenkin, 23, was arrested", "40 year old
 * Christopher Simpson", "61-year-old Katherine Gomes". Two articles that give one person (by full
 * name) two ages disagree, whatever else their sentences report: "Zurana Horton, 34, a mother of
 * 12" against "was found guilty of slaying Zurana Horton, 51".
 */
final class NamedAges {

    /** A person and the age given as theirs. */
    record NamedAge(Value person, Value age) {
    }

    private NamedAges() {
    }

    /**
     * Every "NAME, AGE," and "AGE-year-old NAME" of a passage, by full name, a family name alone
     * read as the one person of that name its article names in full ({@link Residences#byFullName}).
     *
     * @param articleNames the full names of people the passage's article gives
     */
    static List<NamedAge> of(SlotComparer.Side s, List<Value> articleNames) {
        List<NamedAge> out = new ArrayList<>();
        List<Value> values = s.values();
        List<Token> t = s.tokens();
        for (Value v : values) {
            if (!AgeLists.plainWholeNumber(v)) {
                continue;
            }
            Value person = null;
            if (AgeLists.afterName(v, s)) {
                person = Residences.valueEndingAt(values, v.from());
            } else if (openingWordBefore(v, s)) {
                Value full = Residences.onlyFullName(t.get(0).key(), articleNames);
                if (full != null) {
                    out.add(new NamedAge(full, v));
                }
                continue;
            } else if (ageAtDeath(v, t)) {
                person = subjectOfDeath(v, s);
            } else {
                int after = ageMarkEnd(v, t);
                if (after > 0 && after < t.size() && Residences.spaceBetween(s, after - 1, after)) {
                    person = startingAt(values, after);
                }
            }
            if (person != null && person.kind() == ConflictKind.PERSON) {
                person = Residences.withOpeningWord(person, s);
                Value full = Residences.fullName(person) ? person : Residences.onlyFullName(person.norm(), articleNames);
                if (full != null) {
                    out.add(new NamedAge(full, v));
                }
            }
        }
        return out;
    }

    /**
     * Each person two passages give two ages, when neither article gives the other's age to that
     * person anywhere (an article that writes both has a typo or an update, not another account).
     *
     * @param articleA every named age of the first passage's article
     * @param articleB likewise for the second
     */
    static List<NamedAge[]> clashes(List<NamedAge> a, List<NamedAge> articleA, List<NamedAge> b,
                                    List<NamedAge> articleB) {
        List<NamedAge[]> out = new ArrayList<>();
        for (NamedAge x : a) {
            for (NamedAge y : b) {
                if (Residences.oneName(x.person(), y.person()) && x.age().amount() != y.age().amount()
                        && !gives(articleA, y) && !gives(articleB, x)) {
                    out.add(new NamedAge[] {x, y});
                }
            }
        }
        return out;
    }

    /**
     * "Reyes, 58, served two terms": an age set off by commas after the word that opens the
     * sentence. The name finder leaves a lone opening word alone (every opening word is capitalised),
     * so it is read as a person only through the one full name of its article that ends in it.
     */
    private static boolean openingWordBefore(Value age, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        if (age.from() != 1 || !AgeLists.setOffByCommas(age, s)) {
            return false;
        }
        Token first = t.get(0);
        return first.sentenceInitial() && first.capitalized() && !first.isNumeric()
                && app.parallax.core.text.WordAlignment.isContent(first) && !Lexicon.isTitle(first.key());
    }

    private static boolean gives(List<NamedAge> article, NamedAge other) {
        return article.stream().anyMatch(n -> Residences.oneName(n.person(), other.person())
                && n.age().amount() == other.age().amount());
    }

    /** Words of dying whose subject an age at death belongs to: "died … at the age of 85". */
    private static final Set<String> DIED = Set.of("died", "dies", "dead");
    /** Words that open a clause of another subject between a name and its verb: "who", "whose". */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "which", "that");

    /** "at the age of 85", "at age 85", "aged 85". */
    private static boolean ageAtDeath(Value v, List<Token> t) {
        int i = v.from();
        String w1 = i >= 1 ? t.get(i - 1).key() : "";
        String w2 = i >= 2 ? t.get(i - 2).key() : "";
        String w3 = i >= 3 ? t.get(i - 3).key() : "";
        String w4 = i >= 4 ? t.get(i - 4).key() : "";
        return w1.equals("aged") || w1.equals("age") && w2.equals("at")
                || w1.equals("of") && w2.equals("age") && w3.equals("the") && w4.equals("at");
    }

    /**
     * The person whose age at death a figure gives: the full name opening the passage, when a
     * word of dying stands between it and the figure and no clause of another subject comes
     * between the name and that verb, unless an apposition set off by commas closes right before
     * it ("Ann Lee, the singer who …, died on Friday at the age of 85").
     */
    private static @org.jspecify.annotations.Nullable Value subjectOfDeath(Value age, SlotComparer.Side s) {
        List<Value> values = s.values();
        if (values.isEmpty() || values.get(0).kind() != ConflictKind.PERSON) {
            return null;
        }
        Value name = Residences.withOpeningWord(values.get(0), s);
        if (name.from() != 0) {
            return null;
        }
        List<Token> t = s.tokens();
        int verb = -1;
        for (int i = name.to(); i < age.from(); i++) {
            if (DIED.contains(t.get(i).key())) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        // ", died" or "…), died": an apposition closes right before the verb
        boolean afterApposition = s.text().substring(t.get(verb - 1).range().end(), t.get(verb).range().start()).trim()
                .endsWith(",");
        for (int i = name.to(); i < verb && !afterApposition; i++) {
            if (RELATIVES.contains(t.get(i).key())) {
                return null;
            }
        }
        return name;
    }

    /** The token after "23-year-old" or "40 year old" (the age's mark), or -1 when the figure has none. */
    private static int ageMarkEnd(Value v, List<Token> t) {
        int i = v.to();
        if (i < t.size() && Lexicon.isAgeSuffix(t.get(i).key())) {
            return i + 1;
        }
        if (i + 1 < t.size() && (t.get(i).key().equals("year") || t.get(i).key().equals("years"))
                && (t.get(i + 1).key().equals("old") || t.get(i + 1).key().equals("-old"))) {
            return i + 2;
        }
        return -1;
    }

    private static @org.jspecify.annotations.Nullable Value startingAt(List<Value> values, int at) {
        return values.stream().filter(v -> v.from() == at).findFirst().orElse(null);
    }
}
