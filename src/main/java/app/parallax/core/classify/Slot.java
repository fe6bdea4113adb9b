package app.parallax.core.classify;

/**
 * A stretch of tokens that states one typed fact: a weekday, a meal, a number, a country, a name.
 *
 * @param kind  what sort of fact
 * @param value its comparison value (lower-case, spelling-folded)
 * @param from  first token index
 * @param to    one past the last token index
 * @param reportingTime true for a day that dates the reporting ("said Friday"), not the event
 */
public record Slot(ConflictKind kind, String value, int from, int to, boolean reportingTime) {

    public Slot(ConflictKind kind, String value, int from, int to) {
        this(kind, value, from, to, false);
    }
}
