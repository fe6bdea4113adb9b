package app.parallax.core.classify;

/**
 * What sort of fact two outlets report with different values. The label is what users read.
 */
public enum ConflictKind {
    WEEKDAY("weekday"),
    DATE("date"),
    MONTH("month"),
    TIME_OF_DAY("time of day"),
    MEAL("meal"),
    NUMBER("number"),
    MONEY("money"),
    PERCENT("percent"),
    YEAR("year"),
    /** A clock time: "2:30 a.m.", "2045 GMT", "8.45pm". */
    CLOCK("time"),
    ORDINAL("ordinal"),
    PLACE("place"),
    COUNTRY("country"),
    PERSON("person"),
    ORGANISATION("organisation"),
    /** One report says something happened, the other that it did not ("approved" / "did not approve"). */
    NEGATION("negation"),
    /** One report uses a word of opposite meaning where the other reads the same ("rose" / "fell"). */
    OPPOSITE("opposite words"),
    /** One quotation printed with and without a negation (see the values package's Misquotes). */
    QUOTE("quotation");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    /** A kind of name (a place, country, person or organisation) rather than a figure, time or wording. */
    public boolean isName() {
        return this == PLACE || this == COUNTRY || this == PERSON || this == ORGANISATION;
    }

    /** Lower-case name for reports and JSON, e.g. "time of day". */
    public String label() {
        return label;
    }
}
