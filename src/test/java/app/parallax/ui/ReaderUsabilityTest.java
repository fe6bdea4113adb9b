package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import app.parallax.core.note.Note;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "wrong or lost" items of a first try, on a three-outlet story compared by the real engine:
 * Alpha says lunch, Beta dinner, Gamma reports the meeting without the meal.
 */
class ReaderUsabilityTest extends StoryWindowTest {

    static final String ALPHA = "Leaders meet in the capital\n\nThe two presidents will meet on Monday for a one-on-one "
            + "conversation and lunch at the palace. The weather in the capital was cold and grey all week.\n";
    static final String BETA = "Leaders meet in the capital\n\nThe two presidents will meet on Monday for a one-on-one "
            + "conversation and dinner at the palace. Officials from both sides expect trade to dominate the agenda.\n";
    static final String GAMMA = "Summit talks begin\n\nThe two presidents will meet on Monday for a one-on-one "
            + "conversation at the palace.\n";


    @Override
    java.nio.file.Path writeStory(java.nio.file.Path temp) throws Exception {
        java.nio.file.Path summit = temp.resolve("summit");
        Files.createDirectories(summit);
        Files.writeString(summit.resolve("alpha.txt"), ALPHA);
        Files.writeString(summit.resolve("beta.txt"), BETA);
        Files.writeString(summit.resolve("gamma.txt"), GAMMA);
        return summit;
    }

    @Override
    double[] windowSize() {
        return new double[] {1100, 700};
    }

    @BeforeEach
    void compared() throws Exception {
        until(() -> vm.result().articles().size() == 3 && !vm.discrepancies().isEmpty());
        shownInFull(view);
    }


    @Test
    void onlyThePassagesThatStateTheMealArePaintedDisputed() {
        int lunch = ALPHA.indexOf("lunch");
        assertThat(styleAt("alpha", lunch)).contains("verdict-disputed", "conflict-words");
        int gammaMeeting = area("gamma").getText().indexOf("presidents");
        assertThat(styleAt("gamma", gammaMeeting)).contains("verdict-agreed").doesNotContain("verdict-disputed");
    }

    @Test
    void oneDiscrepancyIsCountedInTheSingular() {
        assertThat(lookup("#discrepancy-count").queryAs(Label.class).getText()).isEqualTo("1 discrepancy (1 conflict, 0 values differ)");
    }

    @Test
    void f8SaysWhereItWentAndSaysSoWhenThereIsNothingToGoTo() throws Exception {
        clickOn("#legend");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).startsWith("Discrepancy 1 of 1: meal: lunch — Alpha · dinner — Beta");

        interact(() -> vm.hiddenArticles().add("beta"));
        until(() -> vm.discrepancies().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#next-discrepancy").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#prev-discrepancy").queryAs(Button.class).isDisabled()).isTrue();
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).startsWith("No discrepancies to go to");
    }

    @Test
    void theOutletCounterCountsOnlyTheOpenStory() throws Exception {
        java.nio.file.Path two = temp.resolve("two");
        Files.createDirectories(two);
        Files.writeString(two.resolve("delta.txt"), ALPHA);
        Files.writeString(two.resolve("epsilon.txt"), BETA);
        interact(() -> vm.open(List.of(two)));
        until(() -> vm.result().articles().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        CheckComboBox<?> outlets = lookup("#outlet-filter").query();
        assertThat(outlets.getItems()).hasSize(2);
        assertThat(outlets.getCheckModel().getCheckedItems()).hasSize(2);
    }

    @Test
    void ctrlShiftArrowMovesTheColumnWhileItsTextHasFocus() throws Exception {
        clickOn(pointIn("alpha", ALPHA.indexOf("weather")));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.articles().stream().map(a -> a.id()).toList()).startsWith("beta", "alpha");
    }

    @Test
    void aNoteCoversWholeWordsClearsTheSelectionAndShowsItselfOnHover() throws Exception {
        StyleClassedTextArea alpha = area("alpha");
        int cold = ALPHA.indexOf("cold");
        interact(() -> {
            alpha.requestFocus();
            alpha.selectRange(cold + 1, cold + 7);
        });
        push(KeyCode.SHORTCUT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        write("Check the forecast");
        push(KeyCode.ENTER);
        until(() -> vm.notes().size() == 1 && vm.notes().get(0).text().strip().equals("Check the forecast"));
        Note note = vm.notes().get(0);
        assertThat(note.quote()).isEqualTo("cold and");
        assertThat(alpha.getSelection().getLength()).isZero();

        moveTo(pointIn("alpha", cold + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.popover().getText()).startsWith("Note: Check the forecast");
    }

    @Test
    void darkThemeDarkensTheSideListsToo() {
        clickOn("View").clickOn("#menu-theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> navigator = lookup("#navigator").queryListView();
        Node cell = navigator.lookup(".list-cell");
        Color fill = (Color) ((Region) cell).getBackground().getFills().get(0).getFill();
        assertThat(fill.getBrightness()).isLessThan(0.4);
    }

    @Test
    void zoomScalesPanelsAndMatrixNotOnlyTheText() {
        double legend = fontOf(lookup(".legend-title").query());
        double outlet = fontOf(lookup(".matrix-outlet").query());
        double column = fontOf(lookup("#outlet-alpha").query());
        clickOn("View").clickOn("#menu-zoom-in");
        clickOn("View").clickOn("#menu-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontOf(lookup(".legend-title").query())).isGreaterThan(legend * 1.15);
        assertThat(fontOf(lookup(".matrix-outlet").query())).isGreaterThan(outlet * 1.15);
        assertThat(fontOf(lookup("#outlet-alpha").query())).isGreaterThan(column * 1.15);
    }

    @Test
    void theEmptyStateHintIsShownWhole() throws Exception {
        for (String id : List.of("alpha", "beta", "gamma")) {
            interact(() -> vm.close(id));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = lookup("#empty-hint").query();
        assertThat(hint.isVisible()).isTrue();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
        assertThat(shown.getText().replace("\n", " ")).isEqualTo(hint.getText());
        Bounds b = hint.localToScene(hint.getBoundsInLocal());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(hint.getScene().getWidth());
    }

    @Test
    void oneArticleAloneGetsGuidanceToAddAnother() {
        assertThat(lookup("#single-article-hint").queryAs(Label.class).isVisible()).isFalse();
        interact(() -> {
            vm.close("beta");
            vm.close("gamma");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#single-article-hint").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void f9HidesTheSidePanelAndTheColumnsTakeItsRoom() throws Exception {
        Region box = lookup("#columns").query();
        double before = box.getWidth();
        clickOn("#legend");
        push(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#side-panel").tryQuery()).isEmpty();
        assertThat(box.getWidth()).isGreaterThan(before + 150);
        push(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#side-panel").tryQuery()).isPresent();
    }

    @Test
    void columnHeaderButtonsSayWhatTheyDoAndTheirKeys() {
        assertThat(lookup("#left-alpha").queryAs(Button.class).getTooltip().getText()).contains("Ctrl+Shift+←");
        assertThat(lookup("#close-alpha").queryAs(Button.class).getTooltip().getText()).contains("Ctrl+W");
    }

    @Test
    void columnHeaderTooltipsGiveTheWholeNameAndFiguresAndSayWhatSharedMeans() {
        Label outlet = lookup("#outlet-alpha").queryAs(Label.class);
        assertThat(outlet.getTooltip().getText()).startsWith(outlet.getText() + "\n");
        Label meta = lookup("#meta-alpha").queryAs(Label.class);
        assertThat(meta.getText()).contains("% shared");
        assertThat(meta.getTooltip().getText()).startsWith(meta.getText())
                .contains("% shared: the share of this article's sentences that at least one other open outlet also reports");
        // this window compares by words alone: the share is marked so and the tooltip says why
        assertThat(meta.getText()).matches(".*· ~\\d+% shared.*");
        assertThat(meta.getTooltip().getText()).contains("~: compared by words alone");
    }

    @Test
    void ctrlZBringsBackAClosedColumnInItsPlace() throws Exception {
        clickOn("#close-beta");
        until(() -> vm.articles().size() == 2);
        clickOn("#legend");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        until(() -> vm.articles().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.articles().stream().map(a -> a.id()).toList()).containsExactly("alpha", "beta", "gamma");
        assertThat(lookup("#column-beta").tryQuery()).isPresent();
    }

    @Test
    void theExportIsNamedAfterTheStory() {
        assertThat(vm.suggestedPdfName()).isEqualTo("Leaders meet in the capital.pdf");
    }

    // ---- helpers

    private String status() {
        return lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private static double fontOf(Node n) {
        return ((javafx.scene.control.Labeled) n).getFont().getSize();
    }

    private StyleClassedTextArea area(String id) {
        return view.column(id).orElseThrow().area();
    }

    private Collection<String> styleAt(String id, int offset) {
        return area(id).getStyleOfChar(offset);
    }

    private Point2D pointIn(String id, int offset) throws Exception {
        StyleClassedTextArea a = area(id);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> a.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void cancellingASlowLinkFetchKeepsTheOpenStoryAndFreesTheReaderAtOnce() throws Exception {
        assertThat(lookup("#cancel-fetch").queryButton().isVisible()).isFalse();
        java.nio.file.Path extra = Files.writeString(temp.resolve("delta.txt"), GAMMA.replace("Summit talks", "Talks"));
        try (app.parallax.ingest.LoopbackSite site = new app.parallax.ingest.LoopbackSite().slow("/slow", 60_000)) {
            interact(() -> vm.addLinks(List.of(site.url("/slow")), true));
            until(() -> lookup("#cancel-fetch").queryButton().isVisible()
                    && vm.statusProperty().get().contains("/slow"));

            clickOn("#cancel-fetch");
            until(() -> vm.statusProperty().get().contains("cancelled"));
            assertThat(lookup("#cancel-fetch").queryButton().isVisible()).isFalse();
            interact(() -> vm.add(List.of(extra)));
            // the io thread is free again: an uninterrupted fetch would hold it for 30 s
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> vm.articles().size() == 4);
        }
        assertThat(vm.articles()).extracting(a -> a.id()).containsExactly("alpha", "beta", "gamma", "delta");
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void escCancelsALinkFetch() throws Exception {
        try (app.parallax.ingest.LoopbackSite site = new app.parallax.ingest.LoopbackSite().slow("/slow", 60_000)) {
            interact(() -> vm.addLinks(List.of(site.url("/slow")), false));
            until(() -> lookup("#cancel-fetch").queryButton().isVisible());
            clickOn("#legend");
            push(KeyCode.ESCAPE);
            until(() -> vm.statusProperty().get().contains("cancelled"));
        }
        assertThat(vm.articles()).hasSize(3);
    }

}
