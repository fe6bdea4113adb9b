package app.parallax.core.align;

import app.parallax.core.classify.ConflictKind;
import java.util.List;
import java.util.Objects;

/**
 * One of the competing values in a disputed claim, and the articles that report it:
 * e.g. meal "breakfast" — two of the outlets.
 */
public record ClaimValue(ConflictKind kind, String value, List<String> articleIds) {

    public ClaimValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        articleIds = List.copyOf(articleIds);
    }
}
