package app.parallax.ui;

import app.parallax.ui.columns.ArticleColumnView;
import app.parallax.ui.columns.ConnectorBand;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.notes.NotesStore;
import app.parallax.ui.shell.ReaderView;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import org.controlsfx.control.CheckComboBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a copy of the bundled story, compared by the real engine. */
class ReaderWindowTest extends StoryWindowTest {


    @Override
    java.nio.file.Path writeStory(java.nio.file.Path temp) throws Exception {
        return copyTree(java.nio.file.Path.of("corpus", "xi-moscow-2023"), temp.resolve("story"));
    }

    @Override
    ComparisonEngine engine() {
        return ComparisonEngine.standard();
    }

    @BeforeEach
    void storyCompared() throws Exception {
        until(() -> vm.result().articles().size() == 5 && !vm.result().passages().isEmpty());
        shownInFull(view);
    }


    @Test
    void opensTheStoryWithOneColumnPerArticle() {
        for (String id : List.of("nytimes", "usatoday", "nbcnews", "ap", "cnn")) {
            assertThat(lookup("#column-" + id).tryQuery()).as(id).isPresent();
        }
        assertThat(lookup(".article-column").queryAll()).hasSize(5);
        assertThat(lookup("#outlet-nytimes").queryAs(Label.class).getText()).isEqualTo("The New York Times");
        // once compared by meaning, the share is final, no longer marked as the words-only first pass
        Label meta = lookup("#meta-nytimes").queryAs(Label.class);
        try {
            until(() -> vm.result().engine().contains("meaning") && !meta.getText().contains("~"));
        } catch (Exception e) {
            throw new AssertionError("header stayed " + meta.getText() + " with " + vm.result().engine(), e);
        }
        assertThat(meta.getText()).matches(".*\\d+ words · \\d+% shared.*");
        assertThat(meta.getTooltip().getText()).doesNotContain("compared by words alone");
    }

    @Test
    void theLunchDinnerDiscrepancyIsInTheNavigator() {
        ListView<Claim> navigator = lookup("#navigator").queryListView();
        assertThat(navigator.getItems()).anySatisfy(c -> assertThat(vm.report().valuesLine(c))
                .contains("lunch — The New York Times, CNN").contains("dinner — USA Today, AP"));
        assertThat(lookup(".navigator-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("“lunch” — The New York Times, CNN", "“dinner” — USA Today, AP");
    }

    @Test
    void selectingTheDiscrepancyBringsTheNytAndUsaTodayPassagesIntoViewSideBySide() throws Exception {
        Claim meal = mealClaim();
        scrollToEnd("nytimes");
        scrollToEnd("usatoday");
        assertThat(topOfVisible("nytimes", meal)).isEmpty();
        assertThat(topOfVisible("usatoday", meal)).isEmpty();

        clickOn(lookup(".navigator-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() == meal).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        Optional<Double> nyt = topOfVisible("nytimes", meal);
        Optional<Double> usa = topOfVisible("usatoday", meal);
        assertThat(nyt).isPresent();
        assertThat(usa).isPresent();
        assertThat(Math.abs(nyt.get() - usa.get())).isLessThan(4);
        assertThat(vm.selectedClaimProperty().get()).isEqualTo(meal);
        assertThat(styleAt("usatoday", passage(meal, "usatoday").start())).contains("passage-selected");
    }

    @Test
    void hoveringAPassageOutlinesItsCounterpartsAndSaysWhoReportsWhat() throws Exception {
        Claim meal = mealClaim();
        setSyncScrolling(false); // else a column still settling could pull the New York Times away from the claim
        // anchored in the New York Times column, whose passage the pointer then goes to
        interact(() -> vm.focusClaim(meal, "nytimes"));
        Passage usa = passage(meal, "usatoday");
        assertThat(styleAt("usatoday", usa.start())).doesNotContain("passage-outlined");

        // the columns may still be levelling the claim: point again until the pointer is on the passage
        // the pointer goes to the New York Times passage; the columns may still be levelling the
        // claim, so the passage is brought into view and pointed at again until the hover lands
        Passage nyt = passage(meal, "nytimes");
        StyleClassedTextArea nytArea = area("nytimes");
        int paragraph = view.column("nytimes").orElseThrow().paragraphOf(nyt.start());
        until(() -> {
            Optional<Bounds> at = WaitForAsyncUtils.asyncFx(() -> nytArea.getCharacterBoundsOnScreen(nyt.start(), nyt.start() + 2))
                    .get(5, TimeUnit.SECONDS);
            if (at.isEmpty()) {
                interact(() -> nytArea.showParagraphAtTop(Math.max(0, paragraph - 1)));
                return false;
            }
            moveTo(new Point2D(at.get().getCenterX(), at.get().getCenterY()));
            WaitForAsyncUtils.waitForFxEvents();
            return nyt.id().equals(vm.hoveredPassageProperty().get());
        });

        assertThat(styleAt("usatoday", usa.start())).contains("passage-outlined");
        assertThat(styleAt("ap", passage(meal, "ap").start())).contains("passage-outlined");
        assertThat(view.popover().isShowing()).isTrue();
        assertThat(view.popover().getText()).contains("lunch — The New York Times, CNN").contains("dinner — USA Today, AP");
    }

    @Test
    void aWheelScrollClosesThePopupOfThePassageThatWasUnderThePointer() throws Exception {
        Claim meal = mealClaim();
        interact(() -> vm.focusClaim(meal));
        WaitForAsyncUtils.waitForFxEvents();
        moveTo(firstWordOf("nytimes", passage(meal, "nytimes")));
        until(() -> view.popover().isShowing() && vm.hoveredPassageProperty().get() != null);

        scroll(3, javafx.geometry.VerticalDirection.DOWN);

        until(() -> !view.popover().isShowing() && vm.hoveredPassageProperty().get() == null);
    }

    @Test
    void thePassagePopupDoesNotOpenOverADialog() throws Exception {
        Claim meal = mealClaim();
        interact(() -> vm.focusClaim(meal));
        WaitForAsyncUtils.waitForFxEvents();
        // File ▸ Add Links… is up; the pointer then passes over a passage beside the dialog
        javafx.scene.control.MenuItem addLinks = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-add-links".equals(i.getId()))
                .findFirst().orElseThrow();
        javafx.application.Platform.runLater(addLinks::fire);
        until(() -> lookup("#links-text").tryQuery().isPresent());
        StyleClassedTextArea nyt = area("nytimes");
        Point2D screen = firstWordOf("nytimes", passage(meal, "nytimes"));

        interact(() -> {
            Point2D local = nyt.screenToLocal(screen);
            nyt.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), javafx.scene.input.MouseButton.NONE, 0, false, false, false, false,
                    false, false, false, false, false, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.hoveredPassageProperty().get()).as("the hover itself was seen").isNotNull();
        assertThat(view.popover().isShowing()).as("no popup over the Add Links dialog").isFalse();
        interact(() -> lookup("#links-text").query().getScene().getWindow().hide());
    }

    @Test
    void clickingAPassageLinesUpItsCounterpartInTheOtherColumns() throws Exception {
        Claim meal = mealClaim();
        setSyncScrolling(false); // else the New York Times column would follow USA Today to its end
        interact(() -> vm.focusClaim(meal, "nytimes"));
        scrollToEnd("usatoday");
        assertThat(topOfVisible("usatoday", meal)).isEmpty();

        clickOn(firstWordOf("nytimes", passage(meal, "nytimes")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topOfVisible("usatoday", meal)).isPresent();
        assertThat(Math.abs(topOfVisible("usatoday", meal).get() - topOfVisible("nytimes", meal).get())).isLessThan(4);
    }

    @Test
    void connectorBandsJoinThePassagesOfTheSelectedDiscrepancy() throws Exception {
        Claim meal = mealClaim();
        interact(() -> vm.focusClaim(meal, "nytimes"));
        WaitForAsyncUtils.waitForFxEvents();
        ConnectorBand band = view.bands().stream()
                .filter(b -> b.left().id().equals("nytimes") && b.right().id().equals("usatoday")).findFirst().orElseThrow();
        List<Path> selected = band.node() instanceof javafx.scene.layout.Pane p
                ? p.getChildren().stream().map(Path.class::cast).filter(s -> s.getStyleClass().contains("connector-selected")).toList()
                : List.of();
        assertThat(selected).hasSize(1);
        assertThat(selected.get(0).getStyleClass()).contains("verdict-disputed");
    }

    @Test
    void f8StepsThroughDiscrepancies() throws Exception {
        assertThat(vm.selectedClaimProperty().get()).isNull();
        clickOn("#legend");
        push(KeyCode.F8);
        shownInFull(view);
        assertThat(vm.selectedClaimProperty().get()).isEqualTo(vm.discrepancies().get(0));
        ListView<Claim> navigator = lookup("#navigator").queryListView();
        assertThat(navigator.getSelectionModel().getSelectedItem()).isEqualTo(vm.discrepancies().get(0));
    }

    @Test
    void uncheckingDisputedInTheFilterRemovesDisputeHighlights() throws Exception {
        Claim meal = mealClaim();
        int lunch = vm.result().requireArticle("nytimes").text().indexOf("lunch,");
        assertThat(styleAt("nytimes", lunch)).contains("conflict-words", "verdict-disputed");
        CheckComboBox<Verdict> filter = lookup("#verdict-filter").query();
        interact(() -> filter.getCheckModel().clearCheck(Verdict.DISPUTED));
        assertThat(styleAt("nytimes", lunch)).doesNotContain("conflict-words", "verdict-disputed");
        assertThat(matrixCell(meal.id(), "nytimes").tryQuery()).isEmpty();
    }

    @Test
    void aNoteOnSelectedTextIsSavedAndRestoredWhenTheStoryIsOpenedAgain() throws Exception {
        StyleClassedTextArea nyt = area("nytimes");
        int lunch = nyt.getText().indexOf("lunch,");
        interact(() -> {
            nyt.requestFocus();
            nyt.selectRange(lunch, lunch + 5);
        });
        push(KeyCode.SHORTCUT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        write("Others say dinner");
        java.nio.file.Path file = story.resolve(NotesStore.FILE_NAME);
        until(() -> Files.exists(file) && Files.readString(file).contains("Others say dinner"));
        assertThat(styleAt("nytimes", lunch)).contains("note-anchor");
        assertThat(lookup(".note-marker").tryQuery()).isPresent();

        interact(() -> vm.open(List.of(story)));
        until(() -> vm.notes().size() == 1 && vm.result().articles().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.notes().get(0).text()).isEqualTo("Others say dinner");
        assertThat(vm.notes().get(0).quote()).isEqualTo("lunch");
        assertThat(styleAt("nytimes", lunch)).contains("note-anchor");
        ListView<?> notes = lookup("#notes-list").queryListView();
        assertThat(notes.getItems()).hasSize(1);
    }

    @Test
    void theEmptyNotesHintIsShownWholeAndAClickedNoteLevelsItsCounterparts() throws Exception {
        clickOn("Notes");
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = lookup("#notes-empty-hint").queryAs(Label.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
        assertThat(shown.getText()).as("not cut off").isEqualTo(hint.getText());

        Claim meal = mealClaim();
        Passage nyt = passage(meal, "nytimes");
        int lunch = vm.result().requireArticle("nytimes").text().indexOf("lunch,");
        interact(() -> vm.addNote("nytimes", lunch, lunch + 5, "Others say dinner"));
        scrollToEnd("usatoday");
        assertThat(topOfVisible("usatoday", meal)).as("not in view before").isEmpty();
        ListView<?> notes = lookup("#notes-list").queryListView();
        interact(() -> notes.getSelectionModel().clearSelection());
        interact(() -> notes.getSelectionModel().select(0));

        until(() -> meal.equals(vm.selectedClaimProperty().get()));
        until(() -> topOfVisible("usatoday", meal).isPresent() && topOfVisible("nytimes", meal).isPresent());
        assertThat(nyt.articleId()).isEqualTo("nytimes");
    }

    @Test
    void anUnreadableFileShowsAnErrorAndKeepsTheOtherColumns() throws Exception {
        java.nio.file.Path bad = temp.resolve("scan.txt");
        Files.write(bad, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1});
        interact(() -> vm.add(List.of(bad)));
        until(() -> lookup(".problem-message").tryQuery().isPresent());
        String message = lookup(".problem-message").queryAs(Label.class).getText();
        assertThat(message).contains("scan.txt").contains("binary file");
        assertThat(lookup(".article-column").queryAll()).hasSize(5);
        clickOn("Dismiss");
        assertThat(lookup(".problem-message").tryQuery()).isEmpty();
    }

    @Test
    void columnsCanBeMovedAndClosedFromTheirHeaders() throws Exception {
        List<String> before = columnIds();
        String first = before.get(0);
        clickOn("#right-" + first);
        assertThat(columnIds()).containsExactly(before.get(1), first, before.get(2), before.get(3), before.get(4));
        clickOn("#close-" + first);
        assertThat(columnIds()).hasSize(4).doesNotContain(first);
        until(() -> vm.result().articles().size() == 4);
        assertThat(vm.result().findArticle(first)).isEmpty();
    }

    @Test
    void hidingAnOutletRemovesItsColumnButKeepsIt() {
        CheckComboBox<?> outlets = lookup("#outlet-filter").query();
        interact(() -> outlets.getCheckModel().clearCheck(0));
        assertThat(lookup(".article-column").queryAll()).hasSize(4);
        assertThat(vm.articles()).hasSize(5);
    }

    @Test
    void clickingAnOverviewCellGoesToThatOutletsPassage() throws Exception {
        Claim meal = mealClaim();
        scrollToEnd("usatoday");
        clickOn((Node) matrixCell(meal.id(), "usatoday").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get()).isEqualTo(meal);
        assertThat(topOfVisible("usatoday", meal)).isPresent();
    }

    @Test
    void darkThemeSwapsOnlyThePaletteAndZoomGrowsTheText() {
        clickOn("View").clickOn("#menu-theme-dark");
        assertThat(view.root().getScene().getStylesheets()).hasSize(2)
                .anyMatch(s -> s.endsWith("palette-dark.css")).anyMatch(s -> s.endsWith("reader.css"));
        double before = fontSize();
        clickOn("View").clickOn("#menu-zoom-in");
        assertThat(fontSize()).isGreaterThan(before);
    }

    @Test
    void theClickedClaimStaysLevelAfterZoomAndAFilterChange() throws Exception {
        Claim meal = mealClaim();
        interact(() -> vm.focusClaim(meal, "nytimes"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("View").clickOn("#menu-zoom-in");
        CheckComboBox<Verdict> filter = lookup("#verdict-filter").query();
        interact(() -> filter.getCheckModel().clearCheck(Verdict.SINGLE));
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Double> nyt = topOfVisible("nytimes", meal);
        Optional<Double> usa = topOfVisible("usatoday", meal);
        assertThat(nyt).isPresent();
        assertThat(usa).isPresent();
        assertThat(Math.abs(nyt.get() - usa.get())).isLessThan(4);
    }

    @Test
    void anArticlePastedFromTheClipboardBecomesAColumnAndIsCompared() throws Exception {
        interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("Xi and Putin dine\n\nMOSCOW — Xi Jinping and Vladimir Putin had dinner on Monday.");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn("#legend");
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.V);
        until(() -> lookup("#paste-outlet").tryQuery().isPresent());
        push(KeyCode.ENTER);
        until(() -> vm.result().articles().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#column-pasted-1").tryQuery()).isPresent();
        assertThat(lookup("#outlet-pasted-1").queryAs(Label.class).getText()).isEqualTo("Pasted text 1");
    }

    @Test
    void renamingAnOutletShowsTheNewNameEverywhereAndSavesItInTheStoryFolder() throws Exception {
        doubleClickOn("#outlet-nytimes");
        until(() -> lookup("#rename-outlet-text").tryQuery().isPresent());
        javafx.scene.control.TextField name = lookup("#rename-outlet-text").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("The New York Times");
        interact(() -> name.setText("  NYT "));
        push(KeyCode.ENTER);
        until(() -> vm.statusProperty().get().contains("saved in story.json"));
        shownInFull(view);

        assertThat(lookup("#outlet-nytimes").queryAs(Label.class).getText()).isEqualTo("NYT");
        assertThat(lookup(".navigator-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("“lunch” — NYT, CNN");
        assertThat(vm.snapshot().result().requireArticle("nytimes").outlet()).isEqualTo("NYT");
        assertThat(app.parallax.ingest.Ingest.load(List.of(story)).articles()).extracting(a -> a.outlet())
                .containsExactly("NYT", "USA Today", "NBC News", "AP", "CNN");
    }

    @Test
    void f2RenamesTheOutletOfTheColumnWhoseTextHasFocus() throws Exception {
        interact(() -> area("usatoday").requestFocus());
        push(KeyCode.F2);
        until(() -> lookup("#rename-outlet-text").tryQuery().isPresent());
        interact(() -> lookup("#rename-outlet-text").queryAs(javafx.scene.control.TextField.class).setText("USA Today Network"));
        push(KeyCode.ENTER);
        until(() -> vm.statusProperty().get().contains("saved in story.json"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#outlet-usatoday").queryAs(Label.class).getText()).isEqualTo("USA Today Network");
        assertThat(Files.readString(story.resolve("story.json"))).contains("\"outlet\" : \"USA Today Network\"");
    }

    @Test
    void ctrlPlusAndCtrlZeroZoomTheText() {
        double before = fontSize();
        clickOn("#legend");
        push(KeyCode.SHORTCUT, KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontSize()).isGreaterThan(before);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fontSize()).isEqualTo(before);
    }

    @Test
    void boilerplateAndConflictingWordsAreDrawnDifferentlyFromPlainText() throws Exception {
        interact(() -> vm.focusClaim(mealClaim(), "nytimes"));
        javafx.scene.text.Text conflict = textWith("nytimes", "conflict-words");
        javafx.scene.paint.Paint plain = from(area("nytimes")).lookup(".text")
                .match(n -> n.getStyleClass().contains("verdict-disputed") && !n.getStyleClass().contains("conflict-words"))
                .queryAs(javafx.scene.text.Text.class).getFill();
        scrollToEnd("cnn");
        assertThat(fillOf("cnn", "boilerplate")).isNotEqualTo(plain);
        assertThat(conflict.getFill()).isNotEqualTo(plain);
        assertThat(conflict.getFont().getStyle()).containsIgnoringCase("bold");
    }

    private javafx.scene.paint.Paint fillOf(String articleId, String styleClass) {
        return textWith(articleId, styleClass).getFill();
    }

    private javafx.scene.text.Text textWith(String articleId, String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return from(area(articleId)).lookup(".text").match(n -> n.getStyleClass().contains(styleClass))
                .queryAs(javafx.scene.text.Text.class);
    }

    @Test
    void aNoteCanBeDeletedFromTheNotesPanel() throws Exception {
        StyleClassedTextArea nyt = area("nytimes");
        int lunch = nyt.getText().indexOf("lunch,");
        interact(() -> {
            nyt.requestFocus();
            nyt.selectRange(lunch, lunch + 5);
        });
        clickOn("#tab-notes .tab-label");
        clickOn("#add-note");
        write("to be deleted");
        java.nio.file.Path file = story.resolve(NotesStore.FILE_NAME);
        until(() -> Files.exists(file) && Files.readString(file).contains("to be deleted"));
        clickOn("#delete-note");
        until(() -> !Files.readString(file).contains("to be deleted"));
        assertThat(vm.notes()).isEmpty();
        assertThat(styleAt("nytimes", lunch)).doesNotContain("note-anchor");
        assertThat(lookup(".note-marker").tryQuery()).isEmpty();
    }

    @Test
    void theExportMenuItemWaitsForAnExporter() {
        clickOn("File");
        assertThat(looksDisabled(lookup("#menu-export-pdf").query())).isTrue();
        push(KeyCode.ESCAPE);
        interact(() -> view.setAnnotatedPdfExporter((result, notes, title, target) -> { }));
        clickOn("File");
        assertThat(looksDisabled(lookup("#menu-export-pdf").query())).isFalse();
        push(KeyCode.ESCAPE);
    }

    @Test
    void aPastedArticlesColumnIsScrolledIntoView() throws Exception {
        javafx.scene.control.ScrollPane row = (javafx.scene.control.ScrollPane) lookup(".columns-scroll").query();
        interact(() -> vm.paste("Wire copy\n\nXi and Putin met in Moscow on Monday, the wire says."));
        until(() -> view.column("wire-copy").isPresent() || vm.articles().size() == 6);
        String id = vm.articles().get(vm.articles().size() - 1).id();
        until(() -> view.column(id).isPresent());
        javafx.scene.Node col = view.column(id).orElseThrow().node();
        until(() -> WaitForAsyncUtils.asyncFx(() -> {
            Bounds viewport = row.localToScene(row.getLayoutBounds());
            Bounds shown = col.localToScene(col.getLayoutBounds());
            return shown.getMinX() >= viewport.getMinX() - 1 && shown.getMaxX() <= viewport.getMaxX() + 1;
        }).get());
    }

    @Test
    void columnsShareTheWidthAndScrollSidewaysWhenTheyNoLongerFit() throws Exception {
        javafx.scene.control.ScrollPane row = (javafx.scene.control.ScrollPane) lookup(".columns-scroll").query();
        javafx.scene.layout.Region box = lookup("#columns").query();
        interact(() -> vm.close("cnn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getWidth()).as("four columns fit at 1240 px").isLessThanOrEqualTo(row.getViewportBounds().getWidth() + 1);
        for (int i = 0; i < 5; i++) {
            String text = "Extra " + i + "\n\nXi and Putin met in Moscow on Monday, report " + i + " says.";
            interact(() -> vm.paste(text));
        }
        until(() -> vm.result().articles().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".article-column").queryAll()).hasSize(9);
        assertThat(box.getWidth()).isGreaterThan(row.getViewportBounds().getWidth() + 10);
        assertThat(lookup(".article-column").queryAll())
                .allSatisfy(n -> assertThat(((javafx.scene.layout.Region) n).getWidth()).isGreaterThanOrEqualTo(ReaderView.MIN_COLUMN));
    }

    // ---- helpers

    private static boolean looksDisabled(Node n) {
        return n.isDisabled() || n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("disabled"));
    }

    private double fontSize() {
        Node text = area("nytimes").lookup(".text");
        return ((javafx.scene.text.Text) text).getFont().getSize();
    }

    private Claim mealClaim() {
        return vm.discrepancies().stream()
                .filter(c -> c.values().stream().anyMatch(v -> v.value().equalsIgnoreCase("lunch")))
                .findFirst().orElseThrow(() -> new AssertionError("no lunch/dinner claim in " + vm.discrepancies()));
    }

    private Passage passage(Claim claim, String articleId) {
        return vm.result().passageIn(claim, articleId).orElseThrow();
    }

    private StyleClassedTextArea area(String articleId) {
        return view.column(articleId).orElseThrow().area();
    }

    private Collection<String> styleAt(String articleId, int offset) {
        return area(articleId).getStyleOfChar(offset);
    }

    private List<String> columnIds() throws Exception {
        return onFx(() -> view.visibleColumns().stream().map(ArticleColumnView::id).toList());
    }

    private void scrollToEnd(String articleId) {
        StyleClassedTextArea a = area(articleId);
        interact(() -> {
            a.showParagraphAtBottom(a.getParagraphs().size() - 1);
            a.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen y of the claim's passage top in that column, when its first line is in the viewport. */
    private Optional<Double> topOfVisible(String articleId, Claim claim) throws Exception {
        ArticleColumnView col = view.column(articleId).orElseThrow();
        Passage p = passage(claim, articleId);
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds viewport = col.area().localToScreen(col.area().getLayoutBounds());
            return col.boundsOnScreen(p).map(Bounds::getMinY)
                    .filter(y -> y >= viewport.getMinY() - 1 && y < viewport.getMaxY() - 10);
        }).get(5, TimeUnit.SECONDS);
    }

    private Point2D firstWordOf(String articleId, Passage p) throws Exception {
        StyleClassedTextArea a = area(articleId);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> a.getCharacterBoundsOnScreen(p.start(), p.start() + 2).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

}
