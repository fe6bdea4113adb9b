package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} with a cache folder that cannot be used (a file in its place) says so in one
 * line and still compares by meaning. Run in a child JVM: the sentence model loads once per JVM.
 */
class UnusableCacheTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereTheCacheFolderShouldBeIsOneLineNotAStackTrace() throws Exception {
        Path cache = Files.writeString(dir.resolve("cache"), "not a folder");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true", "-Duser.home=" + dir,
                "-Dparallax.cacheDir=" + cache, "-cp", System.getProperty("java.class.path"), "app.parallax.Main",
                "compare", "corpus/xi-moscow-2023/nytimes.txt", "corpus/xi-moscow-2023/cnn.txt"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isZero();
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).startsWith("parallax: the cache folder cannot be used (" + cache + "/djl: Not a directory)");
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Compared by words and meaning");
    }
}
