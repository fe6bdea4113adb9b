package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ingest.LoopbackSite;
import app.parallax.ingest.MixedSourcesStoryTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareSourcesTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void linksAndFilesAreComparedAndSavedAsAStoryThatReopensOffline() throws Exception {
        Path saved = dir.resolve("story");
        String first;
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> args = new ArrayList<>(List.of("compare"));
            args.addAll(MixedSourcesStoryTest.writeMixed(site, Files.createDirectory(dir.resolve("in"))));
            args.addAll(List.of("--save-story", saved.toString()));

            assertThat(Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err))).isZero();
            first = out.toString();
        }
        StringWriter again = new StringWriter();

        int status = Cli.run(new String[] {"compare", saved.toString()}, new PrintWriter(again), new PrintWriter(err));

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(first).contains("Outlets (5)", "Veylan Courier", "Coastal Times", "Disputed claims");
        assertThat(again.toString()).isEqualTo(first);
    }

    @Test
    void aFailingLinkIsNamedOnStderrAndTheOthersAreCompared() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> sources = MixedSourcesStoryTest.writeMixed(site, dir);

            int status = Cli.run(new String[] {"compare", site.url("/missing"), sources.get(0), sources.get(1), sources.get(1)},
                    new PrintWriter(out), new PrintWriter(err));

            assertThat(status).isEqualTo(Cli.USAGE);
            assertThat(err.toString().lines()).containsExactly(
                    "parallax: " + site.url("/missing") + ": HTTP 404 Not Found",
                    "parallax: note: " + sources.get(1) + ": given more than once; loaded once");
            assertThat(out.toString()).contains("Outlets (2)");
        }
    }
}
