package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Passage;
import app.parallax.ui.columns.ArticleColumnView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a passage is on screen (what the bands, levelling and "both sides in view" are drawn
 * from): the box of its lines, and asking for it leaves the text's nodes as they were, so that
 * redrawing the bands does not make the next pulse paint the columns again.
 */
class PassageBoundsTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("harbour"));
        Files.writeString(folder.resolve("north-gazette.txt"), story("The North Gazette", "closed"));
        Files.writeString(folder.resolve("south-herald.txt"), story("The South Herald", "shut"));
        return folder;
    }

    private static String story(String outlet, String verb) {
        StringBuilder b = new StringBuilder("Harbour bridge " + verb + " after storm\n\n");
        for (int i = 1; i <= 8; i++) {
            b.append("Engineers inspected pier ").append(i).append(" of the harbour bridge on Monday morning. ")
                    .append("The council said the bridge stays ").append(verb).append(" until the cables are checked, ")
                    .append("and ferries will run every twenty minutes from the old quay.\n\n");
        }
        return b.append("Reported by ").append(outlet).append(".\n").toString();
    }

    @BeforeEach
    void storyCompared() throws Exception {
        until(() -> vm.result().articles().size() == 2 && !vm.result().links().isEmpty());
        shownInFull(view);
        untilColumnsSettled();
    }

    @Test
    void eachPassageInViewIsBoxedFromItsFirstLineToItsLast() throws Exception {
        List<Bounds> boxes = onFx(() -> {
            ArticleColumnView col = view.column("north-gazette").orElseThrow();
            List<Bounds> out = new ArrayList<>();
            for (Passage p : vm.result().passagesOf("north-gazette")) {
                col.boundsOnScreen(p).ifPresent(out::add);
            }
            return out;
        });

        assertThat(boxes).hasSizeGreaterThan(3);
        // sentences of one paragraph may share a line: each starts no higher and ends lower than the one before
        for (int i = 1; i < boxes.size(); i++) {
            assertThat(boxes.get(i).getMinY()).isGreaterThanOrEqualTo(boxes.get(i - 1).getMinY());
            assertThat(boxes.get(i).getMaxY()).isGreaterThan(boxes.get(i - 1).getMaxY());
            assertThat(boxes.get(i).getHeight()).isGreaterThan(5);
        }
    }

    @Test
    void theBoxIsTheOneTheTextAreaGivesForThoseCharacters() throws Exception {
        Optional<Bounds[]> both = onFx(() -> {
            ArticleColumnView col = view.column("north-gazette").orElseThrow();
            Passage second = vm.result().passagesOf("north-gazette").get(2);
            Optional<Bounds> ours = col.boundsOnScreen(second);
            Optional<Bounds> area = col.area().getCharacterBoundsOnScreen(second.start(), second.end());
            return ours.isPresent() && area.isPresent() ? Optional.of(new Bounds[] {ours.get(), area.get()}) : Optional.empty();
        });

        assertThat(both).isPresent();
        Bounds ours = both.get()[0];
        Bounds area = both.get()[1];
        // the area's box is that of a drawn outline, half a stroke or so wider on each side
        assertThat(Math.abs(ours.getMinY() - area.getMinY())).isLessThanOrEqualTo(2.0);
        assertThat(Math.abs(ours.getMaxY() - area.getMaxY())).isLessThanOrEqualTo(2.0);
        assertThat(Math.abs(ours.getMinX() - area.getMinX())).isLessThanOrEqualTo(2.0);
    }

    @Test
    void askingWhereAPassageIsLeavesTheTextAsItWas() throws Exception {
        // RichTextFX's own measure put a shape into the paragraph and took it out again: the
        // paragraph was then drawn again in the next pulse, every column of it
        int changes = onFx(() -> {
            ArticleColumnView col = view.column("north-gazette").orElseThrow();
            int[] seen = {0};
            for (Node text : col.area().lookupAll(".paragraph-text")) {
                ((javafx.scene.Parent) text).getChildrenUnmodifiable()
                        .addListener((javafx.collections.ListChangeListener<Node>) c -> seen[0]++);
            }
            for (Passage p : vm.result().passagesOf("north-gazette")) {
                col.boundsOnScreen(p);
            }
            return seen[0];
        });

        assertThat(changes).isZero();
    }

}
