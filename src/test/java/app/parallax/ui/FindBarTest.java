package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Edit ▸ Find (Ctrl+F) on the bundled story: "lunch" is in The New York Times and CNN only. */
class FindBarTest extends StoryWindowTest {


    /** A copy of the bundled story: the whole files, so that offsets match what the reader shows. */
    @Override
    Path writeStory(Path temp) throws Exception {
        return copyTree(Path.of("corpus", "xi-moscow-2023"), temp.resolve("xi"));
    }

    @BeforeEach
    void compared() throws Exception {
        until(() -> vm.result().articles().size() == 5 && !vm.result().passages().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }


    @Test
    void ctrlFOpensTheBarWithItsFieldFocused() {
        assertThat(lookup("#find-bar").query().isVisible()).isFalse();
        clickOn("#body-nytimes");
        push(KeyCode.SHORTCUT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#find-bar").query().isVisible()).isTrue();
        assertThat(lookup("#find-field").query().isFocused()).isTrue();
    }

    @Test
    void enterAndShiftEnterStepThroughMatchesInEveryColumn() {
        find("lunch", "1 of 2");
        assertCurrent("nytimes", "lunch");
        push(KeyCode.ENTER);
        assertThat(count()).isEqualTo("2 of 2");
        assertCurrent("cnn", "lunch");
        assertThat(styleAt("nytimes", text("nytimes").indexOf("lunch"))).contains("find-match").doesNotContain("find-current");
        push(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(count()).isEqualTo("1 of 2");
        assertCurrent("nytimes", "lunch");
        clickOn("#find-next");
        assertThat(count()).isEqualTo("2 of 2");
    }

    @Test
    void findIgnoresCaseAndSaysWhenNothingMatches() {
        find("putin", "1 of .*");
        String lower = count();
        assertThat(lower).matches("1 of [1-9][0-9]+");
        find("zzqxj", "No matches");
        find("PUTIN", "1 of .*");
        assertThat(count()).isEqualTo(lower);
    }

    @Test
    void theCurrentMatchIsScrolledIntoViewAndSelected() throws Exception {
        int offset = text("nytimes").indexOf("Ivan Nechepurenko");
        assertThat(boundsOf("nytimes", offset)).as("not visible before").isEmpty();
        find("ivan nechepurenko", "1 of 1");
        assertCurrent("nytimes", "Ivan Nechepurenko");
        assertThat(boundsOf("nytimes", offset)).as("visible after").isPresent();
    }

    @Test
    void matchCaseAndWholeWordsNarrowTheMatches() throws Exception {
        find("put", "1 of .*");
        assertThat(count()).as("'put' inside Putin").matches("1 of [1-9][0-9]+");
        clickOn("#find-whole-words");
        until(() -> count().equals("No matches"));
        clickOn("#find-whole-words");
        find("putin", "1 of .*");
        clickOn("#find-match-case");
        until(() -> count().equals("No matches"));
        find("Putin", "1 of .*");
    }

    @Test
    void theCurrentMatchIsCentredAndThePreviousOneLosesItsLook() throws Exception {
        find("ivan nechepurenko", "1 of 1");
        StyleClassedTextArea nyt = area("nytimes");
        int offset = text("nytimes").indexOf("Ivan Nechepurenko");
        Bounds match = boundsOf("nytimes", offset).orElseThrow();
        Bounds view = WaitForAsyncUtils.asyncFx(() -> nyt.localToScreen(nyt.getLayoutBounds())).get(5, TimeUnit.SECONDS);
        assertThat(match.getCenterY()).as("in the middle half of the column, not at an edge")
                .isBetween(view.getMinY() + view.getHeight() / 4, view.getMaxY() - view.getHeight() / 4);

        find("lunch", "1 of 2");
        push(KeyCode.ENTER);
        assertCurrent("cnn", "lunch");
        assertThat(area("nytimes").getSelection().getLength()).as("the previous match is no longer selected").isZero();
    }

    @Test
    void escClosesTheBarAndTakesTheHighlightsAway() {
        find("lunch", "1 of 2");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#find-bar").query().isVisible()).isFalse();
        int lunch = text("cnn").indexOf("lunch");
        assertThat(styleAt("cnn", lunch)).doesNotContain("find-match", "find-current");
        assertThat(IntStream.range(0, area("nytimes").getLength())
                .anyMatch(i -> area("nytimes").getStyleOfChar(i).contains("find-match"))).isFalse();
    }

    /** Types the query (the bar waits for a pause in typing) and waits for the count to match. */
    private void find(String query, String countPattern) {
        clickOn("#body-nytimes");
        push(KeyCode.SHORTCUT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#find-field").queryAs(TextField.class).setText(query));
        try {
            until(() -> count().matches(countPattern));
        } catch (Exception e) {
            throw new AssertionError("count for " + query + " stayed " + count(), e);
        }
    }

    private void assertCurrent(String articleId, String words) {
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea a = area(articleId);
        assertThat(a.getSelectedText()).isEqualToIgnoringCase(words);
        assertThat(styleAt(articleId, a.getSelection().getStart())).contains("find-current");
    }

    private String count() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#find-count").queryAs(Label.class).getText();
    }

    private String text(String articleId) {
        return area(articleId).getText();
    }

    private StyleClassedTextArea area(String id) {
        return view.column(id).orElseThrow().area();
    }

    private Collection<String> styleAt(String id, int offset) {
        return area(id).getStyleOfChar(offset);
    }

    private java.util.Optional<Bounds> boundsOf(String id, int offset) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea a = area(id);
        return WaitForAsyncUtils.asyncFx(() -> a.getCharacterBoundsOnScreen(offset, offset + 1)).get(5, TimeUnit.SECONDS);
    }

}
