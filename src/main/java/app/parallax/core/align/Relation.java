package app.parallax.core.align;

import java.util.Locale;

/** Whether two linked passages agree or carry at least one factual conflict. */
public enum Relation {
    AGREE, DIFFER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
