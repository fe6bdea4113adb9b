package app.parallax.ui.columns;

import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import java.util.Locale;

/** The one place that maps engine verdicts to CSS classes and user-facing words. */
public final class VerdictStyle {

    public static final String CONFLICT_WORDS = "conflict-words";
    /** The words of a flag of grade values differ, beside {@link #CONFLICT_WORDS} for conflicts. */
    public static final String VALUES_DIFFER_WORDS = "values-differ-words";
    public static final String BOILERPLATE = "boilerplate";
    public static final String OUTLINED = "passage-outlined";
    static final String SELECTED = "passage-selected";
    public static final String NOTE = "note-anchor";
    static final String FIND_MATCH = "find-match";
    static final String FIND_CURRENT = "find-current";
    public static final String NOT_REPORTED = "verdict-absent";

    private VerdictStyle() {
    }

    /** e.g. {@code verdict-disputed}, {@code verdict-values-differ}. */
    public static String cssClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The class of a flag's own words: {@code conflict-words} or {@code values-differ-words}. */
    public static String wordsClass(Grade grade) {
        return grade == Grade.CONFLICT ? CONFLICT_WORDS : VALUES_DIFFER_WORDS;
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
