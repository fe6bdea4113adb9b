package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of a long {@code compare}: what it says, that it is erased, and that piped output never gets it. */
class ProgressLineTest {

    @TempDir
    Path dir;

    @Test
    void theLineSaysTheStageHowFarAndTheTimeSoFar() {
        assertThat(ProgressLine.format("comparing meaning · 25%", 43, 80)).isEqualTo("parallax: comparing meaning · 25% · 43 s");
        assertThat(ProgressLine.format("aligning words and linking · 62%", 185, 80))
                .isEqualTo("parallax: aligning words and linking · 62% · 3 min 05 s");
    }

    @Test
    void aLongOrHostileFileNameIsCutToTheTerminalWidthAndCannotDriveTheTerminal() {
        String line = ProgressLine.format("reading " + "x".repeat(500) + "\u001B[2J\u202Eevil.txt", 7, 60);

        assertThat(line).hasSize(59).endsWith("… · 7 s").doesNotContain("\u001B");
        assertThat(ProgressLine.format("reading \u001B[2J\u202Eevil.txt", 7, 80)).isEqualTo("parallax: reading \uFFFD[2J\uFFFDevil.txt · 7 s");
    }

    @Test
    void theWidthComesFromColumnsWhenItIsANumber() {
        assertThat(ProgressLine.width("120")).isEqualTo(120);
        assertThat(ProgressLine.width(null)).isEqualTo(ProgressLine.DEFAULT_WIDTH);
        assertThat(ProgressLine.width("wide")).isEqualTo(ProgressLine.DEFAULT_WIDTH);
        assertThat(ProgressLine.width("3")).isEqualTo(20);
    }

    @Test
    void eachUpdateRedrawsOneLineInPlaceAndClosingErasesIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressLine line = ProgressLine.untimed(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), 80)) {
            line.reading("a-long-article-name.txt");
            line.progress(1, 4, "segmenting");
        }
        String written = bytes.toString(StandardCharsets.UTF_8);

        assertThat(written).doesNotContain("\n").startsWith("\rparallax: reading a-long-article-name.txt · 0 s")
                .contains("\rparallax: segmenting · 25% · 0 s").endsWith("\r");
        String[] draws = written.split("\r", -1);
        assertThat(draws[draws.length - 2]).isBlank();
        assertThat(draws[2]).hasSize(draws[1].length());
    }

    @Test
    void pausedLinesAreErasedSoMessagesStartAtTheLeftEdge() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = ProgressLine.untimed(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), 80);
        line.reading("bbc.txt");
        line.pause();
        int afterPause = bytes.size();
        line.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
        assertThat(bytes.size()).isEqualTo(afterPause);
    }

    @Test
    void compareWithItsOutputPipedPrintsTheReportAloneWithoutProgress() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true", "-Duser.home=" + dir,
                "-cp", System.getProperty("java.class.path"), "app.parallax.Main", "compare", "--fast", "corpus"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(out).startsWith("Parallax — ").doesNotContain("\r").doesNotContain("parallax: ");
    }
}
