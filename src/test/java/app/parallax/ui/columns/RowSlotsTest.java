package app.parallax.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Plain scene-graph nodes, never shown: no FX thread needed. */
class RowSlotsTest {

    private final RowSlots slots = new RowSlots();

    @Test
    void buildingAColumnSwapsTheHoldersChildNotTheHolder() {
        Region standIn = new Region();
        Region column = new Region();
        Node before = slots.holding("a", standIn);
        Node after = slots.holding("a", column);
        assertThat(after).isSameAs(before);
        assertThat(((Parent) after).getChildrenUnmodifiable()).containsExactly(column);
        assertThat(standIn.getParent()).isNull();
    }

    @Test
    void eachArticleAndGapHasItsOwnHolder() {
        assertThat(slots.holding("a", new Region())).isNotSameAs(slots.holding("a\nb", new Region()));
    }

    @Test
    void aHolderForgottenIsMadeAnew() {
        Node first = slots.holding("a", new Region());
        slots.retain(Set.of("b"));
        assertThat(slots.holding("a", new Region())).isNotSameAs(first);
    }
}
