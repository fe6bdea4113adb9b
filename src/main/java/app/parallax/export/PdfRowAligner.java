package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the columns of the side-by-side layout into rows so that passages of one claim sit
 * level with each other. Walks all columns at once: a column's next segment may be placed when no
 * other column still has a passage of the same claim further down (it would then wait for it);
 * linked heads share a row, and segments linked to nothing left in the other columns fill the
 * row's empty cells. When every column waits (links that cross), the leftmost goes first and that
 * link is left unaligned. Every segment appears exactly once, in its column's order.
 */
final class PdfRowAligner {

    private final ComparisonResult result;
    private final List<List<PdfSegment>> columns;
    private final int[] head;
    private final Map<String, int[]> where = new HashMap<>();

    private PdfRowAligner(ComparisonResult result, List<List<PdfSegment>> columns) {
        this.result = result;
        this.columns = columns;
        this.head = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (int i = 0; i < columns.get(c).size(); i++) {
                String id = columns.get(c).get(i).passageId();
                if (id != null) {
                    where.put(id, new int[] {c, i});
                }
            }
        }
    }

    /** Rows of cells, one per column, null where a column has nothing in the row. */
    static List<PdfSegment[]> rows(ComparisonResult result, List<List<PdfSegment>> columns) {
        return new PdfRowAligner(result, columns).rows();
    }

    private List<PdfSegment[]> rows() {
        List<PdfSegment[]> rows = new ArrayList<>();
        while (anyLeft()) {
            int pick = pick();
            PdfSegment[] row = new PdfSegment[columns.size()];
            row[pick] = current(pick);
            Optional<Claim> claim = claimOf(row[pick]);
            for (int d = 0; d < columns.size(); d++) {
                if (d != pick && hasLeft(d) && claim.isPresent() && claim.get().passageIds().contains(current(d).passageId())) {
                    row[d] = current(d);
                }
            }
            for (int d = 0; d < columns.size(); d++) {
                if (row[d] == null && hasLeft(d) && isFree(d)) {
                    row[d] = current(d);
                }
            }
            for (int d = 0; d < columns.size(); d++) {
                if (row[d] != null) {
                    head[d]++;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private int pick() {
        for (int c = 0; c < columns.size(); c++) {
            if (hasLeft(c) && !waits(c)) {
                return c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (hasLeft(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no segment left");
    }

    /** True when another column has a passage of this head's claim further down than its head. */
    private boolean waits(int c) {
        Optional<Claim> claim = claimOf(current(c));
        if (claim.isEmpty()) {
            return false;
        }
        for (int d = 0; d < columns.size(); d++) {
            if (d != c && pendingIn(claim.get(), d) && !claim.get().passageIds().contains(idAt(d))) {
                return true;
            }
        }
        return false;
    }

    /** True when no other column has a passage of this head's claim still to place. */
    private boolean isFree(int c) {
        Optional<Claim> claim = claimOf(current(c));
        if (claim.isEmpty()) {
            return true;
        }
        for (int d = 0; d < columns.size(); d++) {
            if (d != c && pendingIn(claim.get(), d)) {
                return false;
            }
        }
        return true;
    }

    private boolean pendingIn(Claim claim, int column) {
        for (String id : claim.passageIds()) {
            int[] at = where.get(id);
            if (at != null && at[0] == column && at[1] >= head[column]) {
                return true;
            }
        }
        return false;
    }

    private Optional<Claim> claimOf(PdfSegment s) {
        return s.passageId() == null ? Optional.empty()
                : result.findClaim(s.passageId()).filter(c -> c.verdict() != Verdict.SINGLE);
    }

    private String idAt(int c) {
        return hasLeft(c) ? current(c).passageId() : null;
    }

    private PdfSegment current(int c) {
        return columns.get(c).get(head[c]);
    }

    private boolean hasLeft(int c) {
        return head[c] < columns.get(c).size();
    }

    private boolean anyLeft() {
        for (int c = 0; c < columns.size(); c++) {
            if (hasLeft(c)) {
                return true;
            }
        }
        return false;
    }
}
