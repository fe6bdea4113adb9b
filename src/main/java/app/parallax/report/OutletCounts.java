package app.parallax.report;

/**
 * How one outlet's passages are shown: in agreement with another outlet, stating a disputed
 * value (grade conflict), stating a value that differs (grade values differ), or reported by this
 * outlet alone. Boilerplate is not counted.
 */
public record OutletCounts(String articleId, int agreed, int disputed, int valuesDiffer, int single) {

    /** Passages counted in all. */
    public int total() {
        return agreed + disputed + valuesDiffer + single;
    }
}
