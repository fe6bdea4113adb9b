package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad luck while exporting: a child JVM running {@code compare --json --pdf} in a loop is killed
 * with SIGKILL at a random moment, 20 times. After each kill both targets must be the previous
 * complete file, byte for byte, or a complete new one that parses: never empty, truncated or
 * missing. The hidden temporary files killed processes leave are removed by the next export to
 * the folder.
 */
class ExportKillTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void exportsKilledAtRandomMomentsNeverLeaveAPartialFile() throws Exception {
        Path json = dir.resolve("story.json.out");
        Path pdf = dir.resolve("story.pdf");
        String[] args = {"compare", Path.of("corpus").toAbsolutePath().toString(), "--json", json.toString(),
            "--pdf", pdf.toString()};
        assertThat(Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        byte[] oldJson = Files.readAllBytes(json);
        byte[] oldPdf = Files.readAllBytes(pdf);
        Random random = new Random(20261130);
        for (int i = 0; i < KILLS; i++) {
            Process p = start(args);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("exporting");
                Thread.sleep(random.nextInt(400));
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertWholeOrOld(json, oldJson, true);
            assertWholeOrOld(pdf, oldPdf, false);
        }
        assertThat(Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("story.json.out", "story.pdf", "home");
        }
    }

    private Process start(String[] args) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] command = Stream.concat(Stream.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                ExportLoop.class.getName()), Arrays.stream(args)).toArray(String[]::new);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void assertWholeOrOld(Path file, byte[] old, boolean isJson) throws IOException {
        assertThat(file).as("target after a kill").exists();
        byte[] now = Files.readAllBytes(file);
        if (Arrays.equals(now, old)) {
            return;
        }
        if (isJson) {
            assertThat(new ObjectMapper().readTree(now).get("articles")).as("new JSON is complete").hasSize(5);
        } else {
            try (PDDocument doc = Loader.loadPDF(now)) {
                assertThat(doc.getNumberOfPages()).as("new PDF is complete").isGreaterThan(1);
            }
        }
    }
}
