package app.parallax.ui;

import app.parallax.core.classify.Verdict;
import java.util.Locale;

/** The one place that maps engine verdicts to CSS classes and user-facing words. */
final class VerdictStyle {

    static final String CONFLICT_WORDS = "conflict-words";
    static final String BOILERPLATE = "boilerplate";
    static final String OUTLINED = "passage-outlined";
    static final String SELECTED = "passage-selected";
    static final String NOTE = "note-anchor";
    static final String FIND_MATCH = "find-match";
    static final String FIND_CURRENT = "find-current";
    static final String NOT_REPORTED = "verdict-absent";

    private VerdictStyle() {
    }

    /** e.g. {@code verdict-disputed}. */
    static String cssClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT);
    }

    /** Short words for menus and the legend. */
    static String label(Verdict verdict) {
        return switch (verdict) {
            case AGREED -> "Agreed";
            case DISPUTED -> "Disputed";
            case SINGLE -> "Single source";
        };
    }
}
