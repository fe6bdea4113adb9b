package app.parallax.ui;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Nine articles at 1280×720: readable columns that scroll sideways, and the whole overview matrix in view. */
class NineArticlesTest extends ReaderFxTest {

    @TempDir
    java.nio.file.Path temp;

    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private ReaderView view;

    @Override
    public void start(Stage stage) throws Exception {
        java.nio.file.Path story = temp.resolve("nine");
        Files.createDirectories(story);
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("corpus", "xi-moscow-2023"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, story.resolve(f.getFileName()));
            }
        }
        // four more outlets: reprints of the first four under another headline (a syndicated story
        // looks like this; identical copies would be loaded once)
        List<String> names = List.of("ap", "cnn", "nbcnews", "nytimes");
        for (String n : names) {
            Files.writeString(story.resolve("reprint-" + n + ".txt"),
                    "Reprinted story\n\n" + Files.readString(story.resolve(n + ".txt")));
        }
        compute = Background.named("nine-compare");
        io = Background.named("nine-io");
        vm = new ReaderViewModel(compute, io, ComparisonEngine.fast());
        view = new ReaderView(vm, Settings.defaults());
        stage.setScene(view.createScene(1280, 720));
        stage.show();
        vm.open(List.of(story));
    }

    @AfterEach
    void stopThreads() {
        compute.close();
        io.close();
    }

    @Test
    void nineColumnsScrollSidewaysNoWordBreaksAndTheMatrixShowsEveryRow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.result().articles().size() == 9
                && onFx(() -> view.visibleColumns().size()) == 9);
        shownInFull(view);

        List<Node> columns = List.copyOf(lookup(".article-column").queryAll());
        assertThat(columns).hasSize(9);
        ScrollPane row = (ScrollPane) lookup(".columns-scroll").query();
        Region box = lookup("#columns").query();
        assertThat(box.getWidth()).isGreaterThan(row.getViewportBounds().getWidth());
        for (Article a : vm.articles()) {
            StyleClassedTextArea area = view.column(a.id()).orElseThrow().area();
            assertThat(widestWord(a.text(), fontOf(area))).as(a.id()).isLessThan(textWidth(area));
        }

        Article last = vm.articles().get(vm.articles().size() - 1);
        Claim first = vm.result().claims().get(0);
        Node cell = matrixCell(first.id(), last.id()).query();
        javafx.scene.control.ScrollBar bar = lookup("#matrix-hbar").query();
        Node statusBar = lookup("#status-bar").query();
        Node overviewNode = lookup("#overview").query();
        // bounds are read on the FX thread: read here they race the pulse laying out the window
        Bounds cellBounds = onFx(() -> cell.localToScreen(cell.getBoundsInLocal()));
        assertThat(bar.isVisible()).as("more claims than fit: the matrix scrolls sideways").isTrue();
        assertThat(cellBounds.getMaxY()).as("last row above the scroll bar")
                .isLessThanOrEqualTo(onFx(() -> bar.localToScreen(bar.getBoundsInLocal())).getMinY() + 0.5);
        Bounds status = onFx(() -> statusBar.localToScreen(statusBar.getBoundsInLocal()));
        Bounds overview = onFx(() -> overviewNode.localToScreen(overviewNode.getBoundsInLocal()));
        assertThat(overview.getMaxY()).isLessThanOrEqualTo(status.getMinY() + 1);
    }

    @Test
    void hidingTheOverviewAndTheKeyGivesTheirHeightToTheText() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> view.visibleColumns().size()) == 9 && !vm.busyProperty().get());
        Region overview = lookup("#overview").query();
        Region key = lookup("#legend").query();
        StyleClassedTextArea area = onFx(() -> view.visibleColumns().get(0).area());
        double before = area.getHeight();
        double freed = overview.getHeight() + key.getHeight();

        interact(() -> viewMenuItem("menu-overview").setSelected(false));
        interact(() -> viewMenuItem("menu-key").setSelected(false));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getHeight() >= before + freed - 2);
        assertThat(overview.isVisible()).isFalse();
        assertThat(key.isVisible()).isFalse();

        interact(() -> viewMenuItem("menu-overview").setSelected(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overview.isVisible() && overview.getHeight() > 0);
    }

    private javafx.scene.control.CheckMenuItem viewMenuItem(String id) {
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no View menu item " + id));
    }

    private static Font fontOf(StyleClassedTextArea area) {
        return ((Text) area.lookup(".text")).getFont();
    }

    /** Room for text in a column: the area less its padding and the note gutter. */
    private static double textWidth(StyleClassedTextArea area) {
        return area.getWidth() - area.getPadding().getLeft() - area.getPadding().getRight() - 20;
    }

    /** The widest stretch the text layout may not break (between line-break opportunities, as in "self-|determination"). */
    private static double widestWord(String text, Font font) {
        java.text.BreakIterator lines = java.text.BreakIterator.getLineInstance(java.util.Locale.ENGLISH);
        lines.setText(text);
        double widest = 0;
        for (int start = lines.first(), end = lines.next(); end != java.text.BreakIterator.DONE; start = end, end = lines.next()) {
            String piece = text.substring(start, end).strip();
            if (!piece.startsWith("http")) {
                Text t = new Text(piece);
                t.setFont(font);
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

}
