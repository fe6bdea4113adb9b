package app.parallax.ui.find;

import app.parallax.core.article.Article;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The find bar above the columns (Edit ▸ Find…, Ctrl+F): a query field, the match count and
 * previous/next buttons. Enter goes to the next match, Shift+Enter to the previous, Esc closes.
 * Matching is in {@link FindModel}; the window paints the matches and reveals the current one.
 * Typing is debounced: matching takes about a millisecond on the bundled story, but repainting
 * five columns' highlights takes 2–20 ms (more before the JIT warms up), too much per keystroke.
 */
public final class FindBar {

    /** What the window does for the bar. */
    public interface Host {
        /** The articles of the shown columns, in column order. */
        List<Article> shownArticles();

        /** The matches or the current one changed: repaint the columns. */
        void matchesChanged();

        /** Scrolls a match into view and selects it. */
        void reveal(FindModel.Match match);

        /** The bar closed: give the keyboard back to the text. */
        void closed();
    }

    private final FindModel model = new FindModel();
    private final Host host;
    private final HBox root = new HBox();
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private final javafx.scene.control.CheckBox matchCase = option("Match case", "find-match-case",
            "Find only this exact use of capitals (Paris, not paris)");
    private final javafx.scene.control.CheckBox wholeWords = option("Whole words", "find-whole-words",
            "Find only whole words (ax, not the ax in taxi)");

    public FindBar(Host host) {
        this.host = host;
        field.setId("find-field");
        field.setPromptText("Find in all columns");
        field.setPrefColumnCount(22);
        typing.setOnFinished(e -> search());
        field.textProperty().addListener((o, was, now) -> typing.playFromStart());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Label caption = new Label("Find:");
        caption.setLabelFor(field);
        root.getChildren().addAll(caption, field, count, matchCase, wholeWords,
                button("▲", "find-previous", "Previous match (Shift+Enter)", () -> step(-1)),
                button("▼", "find-next", "Next match (Enter)", () -> step(1)),
                button("✕", "find-close", "Close (Esc)", this::close));
        root.setId("find-bar");
        root.getStyleClass().add("find-bar");
        setShown(false);
    }

    public Node node() {
        return root;
    }

    /** Shows the bar with the field focused and its text selected, and finds it again. */
    public void open() {
        setShown(true);
        field.requestFocus();
        field.selectAll();
        typing.stop();
        search();
    }

    void close() {
        if (!isOpen()) {
            return;
        }
        typing.stop();
        setShown(false);
        model.clear();
        host.matchesChanged();
        host.closed();
    }

    boolean isOpen() {
        return root.isVisible();
    }

    /** Searches again after the shown articles changed; the caller repaints. */
    public void refresh() {
        if (isOpen()) {
            model.search(field.getText(), host.shownArticles(), options());
            showCount();
        }
    }

    public List<FindModel.Match> matches() {
        return model.matches();
    }

    public Optional<FindModel.Match> findCurrent() {
        return model.findCurrent();
    }

    private void search() {
        if (!isOpen()) {
            return;
        }
        model.search(field.getText(), host.shownArticles(), options());
        showCount();
        host.matchesChanged();
        model.findCurrent().ifPresent(host::reveal);
    }

    /** Steps from the current match; a query still being typed is found first, at its first match. */
    private void step(int delta) {
        if (typing.getStatus() == Animation.Status.RUNNING) {
            typing.stop();
            search();
            return;
        }
        model.step(delta).ifPresent(m -> {
            showCount();
            host.matchesChanged();
            host.reveal(m);
        });
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            step(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private void showCount() {
        count.setText(model.count(field.getText()));
    }

    private void setShown(boolean shown) {
        root.setVisible(shown);
        root.setManaged(shown);
    }

    private FindModel.Options options() {
        return new FindModel.Options(matchCase.isSelected(), wholeWords.isSelected());
    }

    /** A search option: switching it finds again at once. */
    private javafx.scene.control.CheckBox option(String text, String id, String tip) {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setFocusTraversable(false);
        box.selectedProperty().addListener((o, was, now) -> search());
        return box;
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
