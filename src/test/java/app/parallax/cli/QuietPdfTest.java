package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ingest.HostilePdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged PDF costs at most one line on stderr, not PDFBox's log of every bad operator. Run in a
 * child JVM, as a user runs {@code compare}: logging is set up once per JVM.
 */
class QuietPdfTest {

    @TempDir
    Path dir;

    @Test
    void aPdfWithAThousandBadOperatorsPrintsNothingButTheReport() throws Exception {
        Path pdf = Files.write(dir.resolve("damaged.pdf"), HostilePdfs.missingOperands(1000));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true", "-Duser.home=" + dir,
                "-Dparallax.cacheDir=" + dir.resolve("cache"), "-cp", System.getProperty("java.class.path"),
                "app.parallax.Main", "compare", "--fast", pdf.toString(), "corpus/xi-moscow-2023/nytimes.txt"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Outlets (2)", "8 words");
        assertThat(p.exitValue()).isZero();
    }
}
