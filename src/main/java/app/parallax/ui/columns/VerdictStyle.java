package app.parallax.ui.columns;

import app.parallax.core.classify.Verdict;
import java.util.Locale;

/** The one place that maps engine verdicts to CSS classes and user-facing words. */
public final class VerdictStyle {

    public static final String CONFLICT_WORDS = "conflict-words";
    public static final String BOILERPLATE = "boilerplate";
    public static final String OUTLINED = "passage-outlined";
    static final String SELECTED = "passage-selected";
    public static final String NOTE = "note-anchor";
    static final String FIND_MATCH = "find-match";
    static final String FIND_CURRENT = "find-current";
    public static final String NOT_REPORTED = "verdict-absent";

    private VerdictStyle() {
    }

    /** e.g. {@code verdict-disputed}. */
    public static String cssClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT);
    }

    /** Short words for menus and the legend. */
    public static String label(Verdict verdict) {
        return switch (verdict) {
            case AGREED -> "Agreed";
            case DISPUTED -> "Disputed";
            case VALUES_DIFFER -> "Values differ";
            case SINGLE -> "Single source";
        };
    }
}
