package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;
import app.parallax.ui.tasks.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nine articles at 1280×720, more than fit side by side: F8 brings both sides of the discrepancy
 * into view, scrolling the row sideways when the outlets that disagree sit far apart.
 */
class DiscrepancyInViewTest extends ReaderFxTest {

    @TempDir
    Path temp;

    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private ReaderView view;

    @Override
    public void start(Stage stage) throws Exception {
        Path corpus = Path.of("corpus", "xi-moscow-2023");
        Path story = Files.createDirectories(temp.resolve("nine"));
        // "lunch" (CNN) in the second column, in view; "dinner" (USA Today) in the fifth, just
        // past the right edge; the others do not say which meal it was (NBC News and copies of it
        // under other headlines)
        String nbc = Files.readString(corpus.resolve("nbcnews.txt"));
        List<String> wires = List.of("", "Alpha", "Bravo", "Delta", "Echo", "Kilo", "Oscar");
        List<Integer> at = List.of(1, 3, 4, 6, 7, 8, 9);
        for (int i = 0; i < wires.size(); i++) {
            Files.writeString(story.resolve(String.format("%02d-nbc.txt", at.get(i))),
                    i == 0 ? nbc : "Carried by the " + wires.get(i) + " wire\n\n" + nbc);
        }
        Files.copy(corpus.resolve("cnn.txt"), story.resolve("02-cnn.txt"));
        Files.copy(corpus.resolve("usatoday.txt"), story.resolve("05-usatoday.txt"));
        compute = Background.named("discrepancy-compare");
        io = Background.named("discrepancy-io");
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
    void f8ShowsBothSidesOfEachDiscrepancyInsideTheViewport() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.result().articles().size() == 9 && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.discrepancies()).as("the story has discrepancies").isNotEmpty();
        ScrollPane row = (ScrollPane) lookup(".columns-scroll").query();
        assertThat(((javafx.scene.layout.Region) lookup("#columns").query()).getWidth())
                .as("more columns than fit").isGreaterThan(row.getViewportBounds().getWidth());
        clickOn("#columns");
        for (int step = 0; step < vm.discrepancies().size(); step++) {
            push(KeyCode.F8);
            WaitForAsyncUtils.waitForFxEvents();
            Claim claim = vm.selectedClaimProperty().get();
            assertThat(claim).isNotNull();
            Set<String> values = WaitForAsyncUtils.asyncFx(() -> valuesInView(claim, row)).get(10, TimeUnit.SECONDS);
            assertThat(values).as("values of %s shown inside the viewport", vm.report().shortLabel(claim))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** The distinct values of a disputed claim whose column lies wholly inside the viewport, with the passage's first line in view. */
    private Set<String> valuesInView(Claim claim, ScrollPane row) {
        Bounds viewport = row.localToScreen(row.getLayoutBounds());
        Set<String> seen = new HashSet<>();
        for (Article a : vm.articles()) {
            Optional<String> value = vm.report().valueOf(claim, a.id());
            Optional<Passage> passage = vm.result().passageIn(claim, a.id());
            if (value.isEmpty() || passage.isEmpty()) {
                continue;
            }
            StyleClassedTextArea area = view.column(a.id()).orElseThrow().area();
            Bounds text = area.localToScreen(area.getLayoutBounds());
            int at = passage.get().start();
            Optional<Bounds> first = area.getCharacterBoundsOnScreen(at, at + 1);
            Bounds column = view.column(a.id()).orElseThrow().node().localToScreen(
                    view.column(a.id()).orElseThrow().node().getLayoutBounds());
            boolean wholeColumn = column.getMinX() >= viewport.getMinX() - 0.5 && column.getMaxX() <= viewport.getMaxX() + 0.5;
            if (wholeColumn && first.isPresent() && inside(first.get(), text)) {
                seen.add(value.get());
            }
        }
        return seen;
    }

    private static boolean inside(Bounds b, Bounds in) {
        return b.getMinX() >= in.getMinX() - 0.5 && b.getMaxX() <= in.getMaxX() + 0.5
                && b.getMinY() >= in.getMinY() - 0.5 && b.getMaxY() <= in.getMaxY() + 0.5;
    }
}
