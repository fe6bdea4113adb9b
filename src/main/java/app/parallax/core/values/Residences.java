package app.parallax.core.values;

import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a named person is from, as news writes it after the name: "Anthony Lowe, 36, of
 * Minneapolis", "Dana Reyes, of Leeds", "Dana Reyes of Leeds". Two passages that give one person
 * two home towns disagree, however the rest of the sentences differ and even when the other town is named elsewhere in the
 * passage ("… of Minneapolis, hit a car outside the Bloomington mall" / "… Lowe, 36, of
 * Bloomington").
 */
final class Residences {

    /** A person and the place given as theirs. */
    record Residence(Value person, Value place) {
    }

    private Residences() {
    }

    /** Every "NAME, [AGE,] of PLACE" and "NAME of PLACE" in a passage. */
    static List<Residence> of(SlotComparer.Side s) {
        List<Residence> out = new ArrayList<>();
        List<Value> values = s.values();
        for (int k = 0; k < values.size(); k++) {
            Value place = values.get(k);
            int of = place.from() - 1;
            if (!place.isName() || of < 1 || !s.tokens().get(of).key().equals("of")) {
                continue;
            }
            Value before = valueEndingAt(values, of);
            if (!commaBetween(s, of - 1, of)) {
                // "Anthony Lowe of Bloomington was charged": a full name right before, no age between
                // (one word before "of" is more often a title or a thing: "Medal of Honor", "Board of Regents")
                Value person = before == null ? null : withOpeningWord(before, s);
                if (person != null && person.kind() == app.parallax.core.classify.ConflictKind.PERSON
                        && fullName(person) && spaceBetween(s, of - 1, of)) {
                    out.add(new Residence(person, place));
                }
                continue;
            }
            if (before != null && before.kind() == app.parallax.core.classify.ConflictKind.NUMBER && before.from() > 0
                    && commaBetween(s, before.from() - 1, before.from())) {
                before = valueEndingAt(values, before.from());
            }
            if (before != null && before.kind() == app.parallax.core.classify.ConflictKind.PERSON) {
                out.add(new Residence(withOpeningWord(before, s), place));
            }
        }
        return out;
    }

    /**
     * The name with the word that opens its sentence put back: a capital there may be any word, so
     * names leave it out, but one right before a name is its first name ("Anthony Phillip Lowe of
     * Leeds was charged").
     */
    static Value withOpeningWord(Value person, SlotComparer.Side s) {
        if (person.from() == 0) {
            return person;
        }
        Token first = s.tokens().get(person.from() - 1);
        if (!first.sentenceInitial() || !first.capitalized() || !spaceBetween(s, person.from() - 1, person.from())
                || !app.parallax.core.text.WordAlignment.isContent(first)
                || app.parallax.core.classify.Lexicon.isTitle(first.key())) {
            return person;
        }
        return new Value(person.kind(), first.text().toLowerCase(java.util.Locale.ROOT) + " " + person.norm(),
                person.amount(), person.unit(), person.hedge(), person.from() - 1, person.to(), person.reportingTime(),
                person.possessive());
    }

    /** The value whose last token is right before token {@code at}, or null. */
    static @org.jspecify.annotations.Nullable Value valueEndingAt(List<Value> values, int at) {
        for (Value v : values) {
            if (v.to() == at) {
                return v;
            }
        }
        return null;
    }

    /** Only spaces between tokens {@code i} and {@code j}: no comma, bracket or other mark. */
    static boolean spaceBetween(SlotComparer.Side s, int i, int j) {
        List<Token> t = s.tokens();
        return s.text().substring(t.get(i).range().end(), t.get(j).range().start()).isBlank();
    }

    private static boolean commaBetween(SlotComparer.Side s, int i, int j) {
        List<Token> t = s.tokens();
        return s.text().substring(t.get(i).range().end(), t.get(j).range().start()).trim().equals(",");
    }

    /** One person (by name) given two different places in a and b: each such pair, a's first. */
    static List<Residence[]> clashes(SlotComparer.Side a, SlotComparer.Side b) {
        return clashes(of(a), of(b), false);
    }

    /**
     * {@link #clashes(SlotComparer.Side, SlotComparer.Side)} between passages that report different
     * facts, given each passage's residences ({@link #of}): only full names (a family name alone
     * may be a relative: "Kathryn Jenkin" / "Mr Jenkin"), and towns, not streets (an address and a
     * town are no two answers).
     */
    static List<Residence[]> fullNameClashes(List<Residence> a, List<Residence> b) {
        return clashes(a, b, true);
    }

    private static List<Residence[]> clashes(List<Residence> a, List<Residence> b, boolean strict) {
        List<Residence[]> out = new ArrayList<>();
        for (Residence ra : a) {
            for (Residence rb : b) {
                if (strict && (!fullName(ra.person()) || !fullName(rb.person()) || street(ra.place())
                        || street(rb.place()))) {
                    continue;
                }
                if (oneName(ra.person(), rb.person()) && !oneName(ra.place(), rb.place())) {
                    out.add(new Residence[] {ra, rb});
                }
            }
        }
        return out;
    }

    /**
     * The residences with a family name alone given the full name its article uses for it, when the
     * article names exactly one person of that family name ("Dana Marie Reyes … Police stopped
     * Reyes, of Wakefield"): news names a person in full once and by family name after. With
     * two of one family name in the article ("Dana Reyes", "Tom Reyes") it stays a family name.
     *
     * @param articleNames the full names of people the passage's article gives, in any passage
     */
    static List<Residence> byFullName(List<Residence> residences, List<Value> articleNames) {
        List<Residence> out = new ArrayList<>(residences.size());
        for (Residence r : residences) {
            Value full = fullName(r.person()) ? null : onlyFullName(r.person().norm(), articleNames);
            out.add(full == null ? r : new Residence(new Value(full.kind(), full.norm(), full.amount(), full.unit(),
                    full.hedge(), r.person().from(), r.person().to(), false, r.person().possessive()), r.place()));
        }
        return out;
    }

    /** The one full name of {@code names} ending in {@code family} (one person, with or without a middle name), or null. */
    static @org.jspecify.annotations.Nullable Value onlyFullName(String family, List<Value> names) {
        Value found = null;
        for (Value n : names) {
            String norm = n.norm();
            if (norm.endsWith(" " + family)) {
                if (found != null && !found.norm().equals(norm) && !withMiddleName(found.norm(), norm)
                        && !withMiddleName(norm, found.norm())) {
                    return null;
                }
                if (found == null || norm.length() > found.norm().length()) {
                    found = n;
                }
            }
        }
        return found;
    }

    /** A first and a family name at least, not a family name alone. */
    static boolean fullName(Value person) {
        return person.norm().indexOf(' ') > 0;
    }

    private static boolean street(Value place) {
        String n = place.norm();
        return app.parallax.core.classify.Lexicon.isStreetHead(n.substring(n.lastIndexOf(' ') + 1));
    }

    /**
     * The same name, or one of the other's words, or the other's words with a middle name more
     * ("Anthony Lowe" / "Anthony Phillip Lowe"), or one name written or spelled two ways.
     */
    static boolean oneName(Value x, Value y) {
        return x.norm().equals(y.norm()) || ValueEquivalence.statedBy(x, y) || ValueEquivalence.statedBy(y, x)
                || withMiddleName(x.norm(), y.norm()) || withMiddleName(y.norm(), x.norm())
                || ValueEquivalence.oneNameWrittenTwoWays(x, y) || ValueEquivalence.spellingsOfOneName(x, y);
    }

    /** {@code longer} is {@code shorter} (two words or more) with more words between its first and last. */
    private static boolean withMiddleName(String shorter, String longer) {
        String[] s = shorter.split(" ");
        String[] l = longer.split(" ");
        return s.length >= 2 && l.length > s.length && s[0].equals(l[0]) && s[s.length - 1].equals(l[l.length - 1]);
    }
}
