package app.parallax.core.classify;

/**
 * How sure a flagged difference of values is. Both grades are shown; they differ in what a reader
 * should make of them.
 */
public enum Grade {
    /** Both values are precise and fill the same slot: only one can be right. */
    CONFLICT("conflict"),
    /**
     * Worth a look, not proof: a hedged or approximate value ("about 40"), two spellings of one
     * name (Fenwick / Fennwick), or a slot the two passages share only loosely.
     */
    VALUES_DIFFER("values differ");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** Lower-case words for reports and JSON: "conflict", "values differ". */
    public String label() {
        return label;
    }
}
