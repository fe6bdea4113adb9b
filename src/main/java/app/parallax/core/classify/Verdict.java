package app.parallax.core.classify;

import java.util.Locale;

/** What the outlets that report a claim make of it. */
public enum Verdict {
    /** Reported by two or more outlets with no factual conflict between them. */
    AGREED,
    /** Reported by two or more outlets, at least one pair in factual conflict. */
    DISPUTED,
    /**
     * Reported by two or more outlets whose values differ only in ways worth a look (hedged figures,
     * spellings of a name, a quotation with and without a negation), with no outright conflict.
     */
    VALUES_DIFFER,
    /** Reported by one outlet only. */
    SINGLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
