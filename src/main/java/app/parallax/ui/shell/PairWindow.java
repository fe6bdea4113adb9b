package app.parallax.ui.shell;

import app.parallax.core.align.Claim;
import app.parallax.ui.columns.ColumnsPane;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.pair.PairSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the pair view learns from the columns (their order, the selected claim) and asks of them. */
final class PairWindow implements PairSwitch.Window {

    private final ReaderViewModel vm;
    private final ColumnsPane columns;

    PairWindow(ReaderViewModel vm, ColumnsPane columns) {
        this.vm = vm;
        this.columns = columns;
    }

    @Override
    public List<String> shownArticleIds() {
        return columns.shownIds();
    }

    /** The clicked passage of the selected claim first, then all the claim's passages. */
    @Override
    public List<String> selectedPassageIds() {
        Claim claim = vm.selectedClaimProperty().get();
        if (claim == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Optional.ofNullable(vm.focusProperty().get()).filter(f -> f.claim() == claim)
                .map(ReaderViewModel.Focus::anchorPassageId).ifPresent(ids::add);
        ids.addAll(claim.passageIds());
        return ids;
    }

    @Override
    public void reveal(String passageId) {
        vm.focusPassage(passageId);
    }
}
