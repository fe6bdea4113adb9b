package app.parallax.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

class RowChildrenTest {

    private final List<Node> nodes = IntStream.range(0, 8).mapToObj(i -> (Node) new Region()).toList();
    private final ObservableList<Node> children = FXCollections.observableArrayList();
    private final List<ListChangeListener.Change<? extends Node>> changes = new ArrayList<>();

    RowChildrenTest() {
        children.addListener((ListChangeListener<Node>) changes::add);
    }

    private List<Node> of(int... at) {
        return IntStream.of(at).mapToObj(nodes::get).toList();
    }

    @Test
    void aNewRowGoesInWithOneChange() {
        RowChildren.update(children, of(0, 1, 2, 3, 4));
        assertThat(children).containsExactlyElementsOf(of(0, 1, 2, 3, 4));
        assertThat(changes).hasSize(1);
    }

    @Test
    void keptNodesStayAndEachRunOfNewOnesGoesInAtOnce() {
        children.setAll(of(1, 4));
        changes.clear();
        RowChildren.update(children, of(0, 1, 2, 3, 4, 5, 6));
        assertThat(children).containsExactlyElementsOf(of(0, 1, 2, 3, 4, 5, 6));
        assertThat(changes).as("runs before 1, between 1 and 4, after 4").hasSize(3);
    }

    @Test
    void nodesNoLongerWantedGoAndTheOthersKeepTheirOrder() {
        children.setAll(of(0, 1, 2, 3));
        RowChildren.update(children, of(1, 5, 3));
        assertThat(children).containsExactlyElementsOf(of(1, 5, 3));
    }

    @Test
    void aNewOrderReplacesTheChildren() {
        children.setAll(of(0, 1, 2));
        RowChildren.update(children, of(2, 0, 1));
        assertThat(children).containsExactlyElementsOf(of(2, 0, 1));
    }
}
