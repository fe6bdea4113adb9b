package app.parallax.ui;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ReaderViewModel;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import app.parallax.ingest.LoopbackSite;
import app.parallax.ingest.MixedSourcesStoryTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The reader assembles a story from a file, a link and a paste, and saves it as a folder. */
class ReaderStoryFolderTest {

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

    @Test
    void aStoryOfAFileALinkAndAPasteIsSavedAndReopensWithTheOutletTheUserGave() throws Exception {
        ReaderViewModel vm = new ReaderViewModel(compute, io, (a, p) -> new ComparisonResult(a, List.of(), List.of(), List.of()));
        Path saved = dir.resolve("saved-story");
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> sources = MixedSourcesStoryTest.writeMixed(site, Files.createDirectory(dir.resolve("in")));
            fx(() -> vm.open(List.of(Path.of(sources.get(4)))));
            until(() -> vm.articles().size() == 1);
            fx(() -> vm.addLinks(List.of(sources.get(0), site.url("/nothing-here")), false));
            until(() -> vm.articles().size() == 2 && !vm.problems().isEmpty());
        }
        fx(() -> vm.paste("Bridge shut\n\nThe harbor bridge was closed on Monday, the radio said.\n", "Radio Veylan"));
        until(() -> vm.articles().size() == 3);

        fx(() -> vm.saveStory(saved));
        until(() -> saved.equals(vm.storyFolderProperty().get()));
        LoadedStory reopened = Ingest.load(List.of(saved));

        assertThat(vm.problems()).singleElement().asString().contains("/nothing-here: HTTP 404 Not Found");
        assertThat(reopened.articles()).extracting(Article::outlet)
                .containsExactly("Harbor Gazette", "Veylan Courier", "Radio Veylan");
        assertThat(reopened.articles()).extracting(Article::text)
                .containsExactlyElementsOf(vm.articles().stream().map(Article::text).toList());
        assertThat(Files.list(saved).map(p -> p.getFileName().toString()).sorted().toList())
                .contains("story.json", "pasted-1.txt", "harbor-gazette.txt")
                .anyMatch(name -> name.endsWith(".html"));
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
