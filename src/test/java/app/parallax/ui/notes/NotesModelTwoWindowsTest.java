package app.parallax.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.note.Note;
import app.parallax.ui.tasks.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two windows' notes of one story folder, each with its own io thread: a note made in one window
 * while it is still reading the notes file must not erase the other window's notes.
 */
class NotesModelTwoWindowsTest {

    @TempDir
    Path dir;

    private final Article article = new Article("a", "", "Alpha", "", "", "They had lunch on Monday.");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aNoteMadeWhileTheFileIsStillBeingReadKeepsTheOtherWindowsNotes() throws Exception {
        Background ioOne = Background.named("notes-one");
        Background ioTwo = Background.named("notes-two");
        CountDownLatch held = new CountDownLatch(1);
        try {
            NotesModel one = new NotesModel(ioOne, p -> { });
            NotesModel two = new NotesModel(ioTwo, p -> { });
            NotesStore file = new NotesStore(dir);
            fx(() -> one.loadFrom(dir, () -> List.of(article)));
            fx(() -> one.add(article, 0, 4, "one's"));
            until(() -> texts(file.load().notes()).contains("one's"));

            // window two's io thread is still busy when it opens the story and a note is made there
            ioTwo.submit(new Task<Void>() {
                @Override
                protected Void call() throws InterruptedException {
                    held.await();
                    return null;
                }
            });
            fx(() -> {
                two.loadFrom(dir, () -> List.of(article));
                two.add(article, 5, 8, "two's");
            });
            held.countDown();
            until(() -> texts(file.load().notes()).containsAll(List.of("one's", "two's"))
                    && texts(two.list()).containsAll(List.of("one's", "two's")));

            fx(() -> one.add(article, 9, 13, "one's second"));
            until(() -> texts(one.list()).size() == 3 && texts(file.load().notes()).size() == 3);
            assertThat(texts(file.load().notes())).containsExactlyInAnyOrder("one's", "two's", "one's second");
        } finally {
            held.countDown();
            ioOne.close();
            ioTwo.close();
        }
    }

    private static List<String> texts(List<Note> notes) {
        return notes.stream().map(Note::text).toList();
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }

    /** Waits for the condition, checked on the FX thread (the notes list belongs to it); the cap is for a busy machine. */
    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
