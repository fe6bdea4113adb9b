package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.notes.NotesStore;
import app.parallax.ui.tasks.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A story folder made by someone else, opened in the reader: its notes file cannot make the
 * reader show, copy, replace or wait on another file.
 */
class UntrustedStoryFolderTest {

    @TempDir
    Path dir;

    private final Background compute = Background.named("test-compare");
    private final Background io = Background.named("test-io");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        compute.close();
        io.close();
    }

    private ReaderViewModel viewModel() {
        return new ReaderViewModel(compute, io, (a, p) -> new ComparisonResult(a, List.of(), List.of(), List.of()));
    }

    /** What a window shows of its opening, read on the FX thread. */
    private static String state(ReaderViewModel vm) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> vm.articles().size() + " articles, folder " + vm.storyFolderProperty().get()
                + ", busy " + vm.busyProperty().get() + ", status \"" + vm.statusProperty().get() + "\", problems "
                + vm.problems()).get(10, TimeUnit.SECONDS);
    }

    private Path story(String name) throws Exception {
        Path story = Files.createDirectories(dir.resolve(name));
        Files.writeString(story.resolve("a.txt"), "Headline\n\nThey had lunch on Monday.");
        return story;
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }

    /**
     * Waits until the condition holds, checking it on the FX thread: the view model's lists belong to
     * that thread, and iterating one here while it adds a problem would race it.
     */
    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // a cap on a busy machine, not a wait
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void aNotesFileThatIsASymlinkIsNeitherReadNorCopiedNorWrittenThrough() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET key material");
        Path story = story("story");
        Path link = Files.createSymbolicLink(story.resolve(NotesStore.FILE_NAME), secret);
        ReaderViewModel vm = viewModel();

        fx(() -> vm.open(List.of(story)));
        until(() -> vm.problems().stream().anyMatch(p -> p.contains("symbolic link")));
        fx(() -> vm.addNote("a", 27, 32, "dinner elsewhere"));
        until(() -> vm.problems().stream().anyMatch(p -> p.startsWith("Notes could not be saved")));

        assertThat(vm.problems()).noneMatch(p -> p.contains("TOP SECRET"));
        assertThat(vm.problems()).anyMatch(p -> p.equals("Notes file " + link + ": it is a symbolic link to " + secret
                + "; not read, and not written through; new notes cannot be saved until it is replaced by a plain file"));
        assertThat(Files.readString(secret)).isEqualTo("TOP SECRET key material");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (Stream<Path> files = Files.list(story)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", NotesStore.FILE_NAME);
        }
    }

    @Test
    void aNotesFileThatIsAFifoNeverBlocksTheFileThread() throws Exception {
        Path story = story("piped");
        Path fifo = story.resolve(NotesStore.FILE_NAME);
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo needs a POSIX system");
        Path other = story("other");
        ReaderViewModel vm = viewModel();

        fx(() -> vm.open(List.of(story)));
        until(() -> vm.problems().stream().anyMatch(p -> p.contains(fifo + ": it is not a regular file")));
        fx(() -> vm.addNote("a", 27, 32, "dinner elsewhere"));
        fx(() -> vm.open(List.of(other)));
        until(() -> other.equals(vm.storyFolderProperty().get()) && vm.articles().size() == 1);
        fx(() -> vm.addNote("a", 27, 32, "saved here"));

        until(() -> Files.exists(other.resolve(NotesStore.FILE_NAME))
                && Files.readString(other.resolve(NotesStore.FILE_NAME)).contains("saved here"));
        assertThat(vm.articles()).extracting(Article::text).containsExactly("Headline\n\nThey had lunch on Monday.");
    }

    @Test
    void twoWindowsAddingNotesToOneStoryKeepEveryNote() throws Exception {
        Path story = story("shared");
        Background otherCompute = Background.named("test-compare-2");
        Background otherIo = Background.named("test-io-2");
        try {
            ReaderViewModel one = viewModel();
            ReaderViewModel two = new ReaderViewModel(otherCompute, otherIo,
                    (a, p) -> new ComparisonResult(a, List.of(), List.of(), List.of()));
            fx(() -> one.open(List.of(story)));
            fx(() -> two.open(List.of(story)));
            try {
                until(() -> one.articles().size() == 1 && two.articles().size() == 1
                        && one.storyFolderProperty().get() != null && two.storyFolderProperty().get() != null);
            } catch (java.util.concurrent.TimeoutException e) {
                // once seen on a clean clone under load (2026-12-03); say where each window stopped
                throw new AssertionError("the two windows did not both open the story: one " + state(one)
                        + "; two " + state(two), e);
            }

            for (int i = 0; i < 20; i++) {
                int n = i;
                fx(() -> one.addNote("a", 27, 32, "one " + n));
                fx(() -> two.addNote("a", 27, 32, "two " + n));
            }
            fx(() -> one.addNote("a", 27, 32, "one last"));

            NotesStore file = new NotesStore(story);
            until(() -> file.load().notes().size() == 41);
            // every note of both windows is on disk; the next save of window one merges what two wrote
            fx(() -> one.addNote("a", 27, 32, "one after"));
            until(() -> one.notes().size() == 42 && file.load().notes().size() == 42);
            assertThat(file.load().notes()).extracting(n -> n.text()).contains("one 0", "two 0", "one 19", "two 19", "one last",
                    "one after");
            assertThat(one.problems()).contains(
                    "Notes of this story were also changed in another window; both windows' notes are kept.");
        } finally {
            otherCompute.close();
            otherIo.close();
        }
    }

    @Test
    void escapeStopsASlowStoryFromOpeningAndTheOpenStoryStays() throws Exception {
        Path first = story("first");
        Path slow = story("slow");
        Files.write(slow.resolve("drawing.pdf"), app.parallax.ingest.HostilePdfs.slowPage(200L << 20));
        ReaderViewModel vm = viewModel();
        fx(() -> vm.open(List.of(first)));
        until(() -> first.equals(vm.storyFolderProperty().get()) && vm.articles().size() == 1);

        java.util.concurrent.atomic.AtomicBoolean opening = new java.util.concurrent.atomic.AtomicBoolean();
        fx(() -> {
            vm.fetchingProperty().addListener((o, was, now) -> opening.compareAndSet(false, now));
            vm.open(List.of(slow));
            opening.compareAndSet(false, vm.fetchingProperty().get());
        });
        until(opening::get); // seen opening, however briefly the poll could have missed it
        fx(vm::cancelFetch);

        until(() -> vm.statusProperty().get().equals("Opening cancelled; the open story is unchanged"));
        assertThat(vm.storyFolderProperty().get()).isEqualTo(first);
        assertThat(vm.articles()).hasSize(1);
    }
}
