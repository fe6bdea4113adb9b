package app.parallax.core.values;

/**
 * How exactly a value is stated. A hedged value ("about 40", "at least five") may differ from a
 * precise one without either being wrong, so a difference involving one is graded "values differ".
 */
public enum Hedge {
    /** Stated as exact: "40 people". */
    NONE,
    /** Approximate: "about", "nearly", "roughly", "some", "an estimated". */
    APPROXIMATE,
    /** A lower bound: "at least", "more than", "over". */
    AT_LEAST,
    /** An upper bound: "up to", "less than", "fewer than", "under". */
    AT_MOST,
    /** No figure at all: "dozens", "several", "the 1960s". */
    VAGUE;

    /** True unless the value is stated as exact. */
    public boolean hedged() {
        return this != NONE;
    }
}
