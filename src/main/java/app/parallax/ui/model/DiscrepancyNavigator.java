package app.parallax.ui.model;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.classify.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Next and previous among the flagged claims (disputed, and those whose values differ) that at
 * least two shown outlets report, in story order, wrapping at the ends; optionally conflicts only.
 * Pure; the view model keeps the current claim.
 */
public final class DiscrepancyNavigator {

    private final List<Claim> disputed;

    public DiscrepancyNavigator(List<Claim> disputed) {
        this.disputed = List.copyOf(disputed);
    }

    /** Both grades: {@code of(result, hidden, false)}. */
    public static DiscrepancyNavigator of(ComparisonResult result, Set<String> hidden) {
        return of(result, hidden, false);
    }

    /**
     * The result's flagged claims (disputed, and unless {@code conflictsOnly} also those whose
     * values differ) on which outlets not in {@code hidden} still disagree: two shown outlets give
     * different values (or, for a claim without values, two shown outlets report it).
     */
    public static DiscrepancyNavigator of(ComparisonResult result, Set<String> hidden, boolean conflictsOnly) {
        return new DiscrepancyNavigator(result.claims().stream()
                .filter(c -> c.verdict() == Verdict.DISPUTED || !conflictsOnly && c.verdict() == Verdict.VALUES_DIFFER)
                .filter(c -> stillDisputed(c, hidden))
                .toList());
    }

    private static boolean stillDisputed(Claim c, Set<String> hidden) {
        if (c.values().isEmpty()) {
            return c.articleIds().stream().filter(id -> !hidden.contains(id)).count() >= 2;
        }
        return c.values().stream().filter(v -> v.articleIds().stream().anyMatch(id -> !hidden.contains(id))).count() >= 2;
    }

    public List<Claim> claims() {
        return disputed;
    }

    /** The claim after {@code current}; the first when current is null or not listed; empty if none. */
    public Optional<Claim> next(Claim current) {
        return step(current, 1);
    }

    /** The claim before {@code current}; the last when current is null or not listed; empty if none. */
    public Optional<Claim> previous(Claim current) {
        return step(current, -1);
    }

    private Optional<Claim> step(Claim current, int delta) {
        if (disputed.isEmpty()) {
            return Optional.empty();
        }
        int at = current == null ? -1 : indexOf(current.id());
        if (at < 0) {
            return Optional.of(disputed.get(delta > 0 ? 0 : disputed.size() - 1));
        }
        return Optional.of(disputed.get(Math.floorMod(at + delta, disputed.size())));
    }

    private int indexOf(String claimId) {
        for (int i = 0; i < disputed.size(); i++) {
            if (disputed.get(i).id().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }
}
