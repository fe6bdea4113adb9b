package app.parallax.ui.pair;

import app.parallax.report.PairSpan;
import app.parallax.report.PairText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One side of a pair row: its wrapped text with the differing words styled inline. A word's style
 * class ({@code pair-removed}, {@code pair-added}, {@code pair-changed}, {@code pair-variant},
 * {@code pair-disputed}) sets its ink and decoration; a shape behind it, laid along the text's own
 * lines ({@link TextFlow#rangeShape}), gives it a background, which a {@code Text} cannot have.
 */
final class MarkedText extends StackPane {

    private final TextFlow flow = new TextFlow();
    private final Pane backdrops = new Pane();
    private final List<Path> shapes = new ArrayList<>();
    private List<PairSpan> spans = List.of();

    MarkedText() {
        getStyleClass().add("pair-side");
        flow.getStyleClass().add("pair-flow");
        backdrops.setMouseTransparent(true);
        backdrops.setMinSize(0, 0);
        backdrops.setPrefSize(0, 0);
        getChildren().addAll(backdrops, flow);
        setMinWidth(0);
    }

    /** The CSS class of a change, e.g. {@code pair-disputed}: the one place that names them. */
    static String cssClass(PairSpan.Change change) {
        return "pair-" + change.name().toLowerCase(Locale.ROOT);
    }

    /** Shows {@code side}: plain runs as {@code pair-text}, differing runs with their change's class too. */
    void show(PairText side) {
        spans = side.spans();
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (PairSpan s : spans) {
            if (s.start() > at) {
                runs.add(text(side.text().substring(at, s.start()), null));
            }
            runs.add(text(s.of(side.text()), s.change()));
            at = s.end();
        }
        if (at < side.text().length()) {
            runs.add(text(side.text().substring(at), null));
        }
        flow.getChildren().setAll(runs);
        shapes.clear();
        for (PairSpan s : spans) {
            Path p = new Path();
            p.getStyleClass().addAll("pair-backdrop", cssClass(s.change()));
            p.setManaged(false);
            shapes.add(p);
        }
        backdrops.getChildren().setAll(shapes);
        requestLayout();
    }

    private static Text text(String words, PairSpan.Change change) {
        Text t = new Text(words);
        t.getStyleClass().add("pair-text");
        if (change != null) {
            t.getStyleClass().add(cssClass(change));
        }
        return t;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        flow.layout();
        backdrops.relocate(flow.getLayoutX(), flow.getLayoutY());
        for (int i = 0; i < spans.size(); i++) {
            shapes.get(i).getElements().setAll(flow.rangeShape(spans.get(i).start(), spans.get(i).end()));
        }
    }
}
