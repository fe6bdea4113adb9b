package app.parallax.core.classify;

/**
 * How one word-level change between two linked passages is judged.
 */
public enum DifferenceKind {
    /** The same name or word spelled differently (Lvov/Lwow, Tchaikovsky/Tchaikowsky). Not a conflict. */
    SPELLING,
    /** Different words for the same thing (deal/agreement). Not a conflict. */
    WORDING,
    /** Words only one side has. Not a conflict. */
    DETAIL,
    /** The same slot filled with a different fact (breakfast/supper, Tuesday/Thursday). */
    CONFLICT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
