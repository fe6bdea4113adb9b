package app.parallax.ui;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.notes.NotesStore;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.note.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The view model with real background threads; properties are touched on the FX thread. */
class ReaderViewModelTest {

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

    private static ComparisonResult plain(List<Article> articles) {
        return new ComparisonResult(articles, List.of(), List.of(), List.of());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void aSlowOlderComparisonNeverReplacesANewerOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ReaderViewModel vm = new ReaderViewModel(compute, io, (articles, progress) -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return plain(articles);
        });
        List<Integer> shown = new CopyOnWriteArrayList<>();
        fx(() -> vm.resultProperty().addListener((o, was, now) -> shown.add(now.articles().size())));
        Path one = write("one.txt", "One\n\nFirst article text.");
        Path two = write("two.txt", "Two\n\nSecond article text.");
        fx(() -> vm.open(List.of(one, two)));
        until(() -> calls.get() == 1);
        fx(() -> vm.paste("Pasted\n\nA third article."));
        until(() -> vm.articles().size() == 3);
        release.countDown();
        until(() -> !vm.busyProperty().get() && vm.result().articles().size() == 3);
        assertThat(shown).containsExactly(3);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void whoeverHearsOfANewResultReadsItsOwnReportAndDiscrepancies() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        List<String> heard = new CopyOnWriteArrayList<>();
        fx(() -> {
            vm.reportProperty().addListener((o, was, now) -> heard.add("report of the result shown: "
                    + (now.result() == vm.result()) + ", discrepancies: " + vm.discrepancies().size()));
            vm.resultProperty().addListener((o, was, now) -> heard.add("result with its report: "
                    + (vm.report().result() == now) + ", discrepancies: " + vm.discrepancies().size()));
        });

        fx(() -> vm.paste("anything"));
        until(() -> !vm.busyProperty().get() && vm.result().articles().size() == 3);

        assertThat(heard).containsExactly("report of the result shown: true, discrepancies: 1",
                "result with its report: true, discrepancies: 1");
        assertThat(vm.shownProperty().get().result()).isSameAs(vm.result());
        assertThat(vm.shownProperty().get().report()).isSameAs(vm.report());
    }

    @Test
    void anUnreadableFileIsReportedByNameAndReasonWhileTheOthersLoad() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a));
        Path good = write("good.txt", "Good\n\nReadable text.");
        Path bad = dir.resolve("broken.txt");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0});
        fx(() -> vm.open(List.of(good, bad)));
        until(() -> !vm.problems().isEmpty() && vm.result().articles().size() == 1);
        assertThat(vm.problems()).singleElement().asString().contains("broken.txt").contains("binary");
        assertThat(vm.articles()).extracting(Article::id).containsExactly("good");
    }

    @Test
    void hidingAnOutletDropsDisputesItTakesPartIn() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        fx(() -> vm.paste("anything"));
        until(() -> vm.discrepancies().size() == 1);
        fx(() -> vm.hiddenArticles().add("b"));
        assertThat(vm.discrepancies()).isEmpty();
        fx(() -> vm.hiddenArticles().remove("b"));
        assertThat(vm.discrepancies()).hasSize(1);
    }

    @Test
    void nextAndPreviousSelectTheDisputedClaimAndAskForItToBeShown() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        fx(() -> vm.paste("anything"));
        until(() -> vm.discrepancies().size() == 1);
        fx(vm::nextDiscrepancy);
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c2");
        assertThat(vm.focusProperty().get().claim().id()).isEqualTo("c2");
        long serial = vm.focusProperty().get().serial();
        fx(vm::previousDiscrepancy);
        assertThat(vm.focusProperty().get().serial()).isGreaterThan(serial);
    }

    @Test
    void theStatusFollowsASelectionMadeElsewhereInsteadOfNamingTheLastDiscrepancy() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        fx(() -> vm.paste("anything"));
        until(() -> vm.discrepancies().size() == 1);
        fx(vm::nextDiscrepancy);
        assertThat(vm.statusProperty().get()).startsWith("Discrepancy 1 of 1");

        // a click on an agreed passage, a pair-view row or an overview cell selects another claim
        fx(() -> vm.focusClaim(vm.result().claims().get(0), null));
        assertThat(vm.statusProperty().get()).doesNotStartWith("Discrepancy 1 of 1");

        fx(() -> vm.focusClaim(vm.discrepancies().get(0), null));
        assertThat(vm.statusProperty().get()).startsWith("Discrepancy 1 of 1");
    }

    @Test
    void closingAndMovingColumnsChangeTheOrder() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a));
        Path a = write("a.txt", "A\n\nText a.");
        Path b = write("b.txt", "B\n\nText b.");
        Path c = write("c.txt", "C\n\nText c.");
        fx(() -> vm.open(List.of(a, b, c)));
        until(() -> vm.articles().size() == 3);
        fx(() -> vm.move("a", 1));
        assertThat(vm.articles()).extracting(Article::id).containsExactly("b", "a", "c");
        fx(() -> vm.move("c", -5));
        assertThat(vm.articles()).extracting(Article::id).containsExactly("c", "b", "a");
        fx(() -> vm.close("b"));
        assertThat(vm.articles()).extracting(Article::id).containsExactly("c", "a");
        until(() -> vm.result().articles().size() == 2);
    }

    @Test
    void notesAreSavedBesideTheStoryAndComeBackWhenItIsOpenedAgain() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a));
        Path a = write("a.txt", "Headline\n\nThey had lunch on Monday.");
        fx(() -> vm.open(List.of(dir)));
        until(() -> vm.articles().size() == 1 && vm.storyFolderProperty().get() != null);
        int start = Files.readString(a).indexOf("lunch");
        fx(() -> vm.addNote("a", start, start + 5, "dinner elsewhere"));
        Path file = dir.resolve(NotesStore.FILE_NAME);
        until(() -> Files.exists(file) && Files.readString(file).contains("dinner elsewhere"));
        fx(() -> vm.editNote(vm.notes().get(0).id(), "edited"));
        until(() -> Files.readString(file).contains("edited"));

        ReaderViewModel again = new ReaderViewModel(compute, io, (x, p) -> plain(x));
        fx(() -> again.open(List.of(dir)));
        until(() -> again.notes().size() == 1);
        Note restored = again.notes().get(0);
        assertThat(restored.text()).isEqualTo("edited");
        assertThat(restored.quote()).isEqualTo("lunch");
        assertThat(restored.range().start()).isEqualTo(start);
        fx(() -> again.deleteNote(restored.id()));
        until(() -> !Files.readString(file).contains("edited"));
    }

    @Test
    void anExportGetsTheShownResultAndAllNotesOffTheFxThread() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        write("a.txt", "Headline\n\nThey had lunch on Monday.");
        fx(() -> vm.open(List.of(dir)));
        until(() -> !vm.result().articles().isEmpty() && vm.storyFolderProperty().get() != null);
        fx(() -> vm.addNote("a", 0, 8, "check"));
        List<Object> got = new CopyOnWriteArrayList<>();
        Path target = dir.resolve("out.pdf");
        fx(() -> vm.export((result, notes, title, to) -> {
            got.add(javafx.application.Platform.isFxApplicationThread());
            got.add(result.claims().size());
            got.add(notes.get(0).text());
            got.add(to);
        }, target));
        until(() -> vm.statusProperty().get().startsWith("Exported"));
        assertThat(got).containsExactly(false, 4, "check", target);
    }

    @Test
    void aFailedExportIsReportedAsAnExportProblem() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        write("a.txt", "Headline\n\nThey had lunch on Monday.");
        fx(() -> vm.open(List.of(dir)));
        until(() -> !vm.result().articles().isEmpty());
        fx(() -> vm.export((result, notes, title, to) -> {
            throw new java.io.IOException("Cannot write " + to + ": the folder does not exist");
        }, dir.resolve("missing/out.pdf")));
        until(() -> !vm.problems().isEmpty());
        assertThat(vm.problems()).singleElement().asString()
                .startsWith("Could not export the PDF: Cannot write").contains("missing");
    }

    @Test
    void anExportOverAnOpenedArticleIsRefusedNamingItAndTheArticleIsKept() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> Fixtures.threeArticles());
        Path article = write("a.txt", "Headline\n\nThey had lunch on Monday.");
        fx(() -> vm.open(List.of(dir)));
        until(() -> !vm.result().articles().isEmpty());
        List<Path> exported = new CopyOnWriteArrayList<>();
        fx(() -> vm.export((result, notes, title, to) -> exported.add(to), article));
        until(() -> !vm.problems().isEmpty());
        assertThat(vm.problems()).singleElement().asString().contains("refusing to write over the input file")
                .contains(article.toString());
        assertThat(exported).isEmpty();
        assertThat(Files.readString(article)).startsWith("Headline");
    }

    @Test
    void theFastResultShowsAtOnceAndTheFullOneReplacesItKeepingTheSelectedClaim() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ComparisonResult fast = Fixtures.threeArticles();
        ComparisonResult full = Fixtures.threeArticles();
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> fast, (a, p) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return full;
        });
        Path one = write("one.txt", "One\n\nFirst article text.");
        Path two = write("two.txt", "Two\n\nSecond article text.");
        fx(() -> vm.open(List.of(one, two)));
        // the status is set just after the result on the FX thread: wait for both
        until(() -> vm.result() == fast && vm.statusProperty().get().startsWith("Refining comparison"));
        assertThat(vm.refiningProperty().get()).isTrue();
        fx(vm::nextDiscrepancy);
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c2");

        release.countDown();
        until(() -> vm.result() == full && !vm.busyProperty().get());
        assertThat(vm.refiningProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.selectedClaimProperty().get()).isSameAs(full.claims().get(1));
    }

    @Test
    void aNewerRequestCancelsTheRunningComparisonInsideTheEngine() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger stagesAfterCancel = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a), (a, progress) -> {
            if (!first.getAndSet(false)) {
                return plain(a);
            }
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (System.nanoTime() < deadline) {
                    progress.progress(1, 2, "embedding passages");
                    Thread.onSpinWait();
                }
                stagesAfterCancel.incrementAndGet();
            } catch (java.util.concurrent.CancellationException e) {
                stopped.set(true);
                throw e;
            }
            return plain(a);
        });
        Path one = write("one.txt", "One\n\nFirst article text.");
        Path two = write("two.txt", "Two\n\nSecond article text.");
        fx(() -> vm.open(List.of(one, two)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        fx(() -> vm.close("two"));
        until(stopped::get);
        until(() -> !vm.busyProperty().get() && vm.result().articles().size() == 1);
        assertThat(stagesAfterCancel.get()).isZero();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void theExportFileNameComesFromTheStoryTitle() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a));
        assertThat(vm.suggestedPdfName()).isEqualTo("parallax.pdf");
        Path one = write("one.txt", "Talks: Moscow / Beijing?\n\nFirst article text.");
        fx(() -> vm.open(List.of(one)));
        until(() -> !vm.storyTitleProperty().get().isEmpty());
        assertThat(vm.suggestedPdfName()).isEqualTo("Talks Moscow Beijing.pdf");
    }

    @Test
    void aNoteSelectionIsWidenedToWholeWords() {
        String text = "The talks were cold and long.";
        int cold = text.indexOf("cold");
        assertThat(ReaderViewModel.wholeWords(text, cold + 1, cold + 7).of(text)).isEqualTo("cold and");
        assertThat(ReaderViewModel.wholeWords(text, cold, cold + 4).of(text)).isEqualTo("cold");
        assertThat(ReaderViewModel.wholeWords(text, 3, 4).of(text)).isEqualTo(" ");
    }

    @Test
    void aDeletedNoteComesBackWithUndo() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> plain(a));
        Path one = write("one.txt", "One\n\nFirst article text.");
        fx(() -> vm.open(List.of(one)));
        // compared first: a result coming after the deletion would put its summary in the status
        until(() -> vm.result().articles().size() == 1 && !vm.busyProperty().get());
        fx(() -> vm.addNote("one", 5, 10, "keep me"));
        Note note = vm.notes().get(0);
        fx(() -> vm.deleteNote(note.id()));
        assertThat(vm.notes()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).as("the status says how to get it back")
                .isEqualTo("Note “keep me” deleted: Edit ▸ Undo (Ctrl+Z) brings it back");
        fx(vm::undo);
        assertThat(vm.notes()).containsExactly(note);
        fx(vm::undo);
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing to undo");
    }

    @Test
    void aRenamedOutletOfAFileIsSavedInTheStoryJsonBesideItAndReopensWithIt() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (articles, progress) -> plain(articles));
        Path one = write("one.txt", "One\n\nFirst article text.");
        fx(() -> vm.open(List.of(one)));
        until(() -> vm.result().articles().size() == 1 && !vm.busyProperty().get());

        fx(() -> vm.renameOutlet("one", "Harbor Gazette"));
        until(() -> vm.statusProperty().get().contains("saved in story.json"));

        assertThat(vm.articles()).extracting(Article::outlet).containsExactly("Harbor Gazette");
        assertThat(vm.report().outlet("one")).isEqualTo("Harbor Gazette");
        assertThat(app.parallax.ingest.Ingest.load(List.of(one)).articles()).extracting(Article::outlet)
                .containsExactly("Harbor Gazette");
    }

    @Test
    void aRenamedOutletOfAPasteStaysInMemoryAndTheStatusPointsToSaveStoryAs() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (articles, progress) -> plain(articles));
        fx(() -> vm.paste("Pasted\n\nA pasted article."));
        until(() -> vm.result().articles().size() == 1 && !vm.busyProperty().get());

        fx(() -> vm.renameOutlet("pasted-1", "Radio Veylan"));

        assertThat(vm.articles()).extracting(Article::outlet).containsExactly("Radio Veylan");
        assertThat(vm.result().requireArticle("pasted-1").outlet()).isEqualTo("Radio Veylan");
        assertThat(vm.statusProperty().get()).contains("Save Story As");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
