package app.parallax.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app does not carry Spark: run as it is packaged (the class path without Spark and
 * Scala), {@code parallax batch} says in one line how to get Spark and exits 2, and
 * {@code compare} still works.
 */
class BatchWithoutSparkTest {

    @TempDir
    Path tmp;

    @Test
    void batchWithoutSparkOnTheClassPathSaysHowToGetIt() throws Exception {
        Process p = app("batch", "corpus", tmp.resolve("out").toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("batch needs Apache Spark on the class path", "-Pbatch", "spark-submit");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private Process app(String... args) throws Exception {
        List<String> cp = SparkStandalone.classPath().stream().filter(e -> {
            String name = Path.of(e).getFileName().toString();
            return !name.startsWith("spark-") && !name.startsWith("scala-") && !name.startsWith("hadoop-");
        }).toList();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + tmp, "-cp", String.join(java.io.File.pathSeparator, cp), "app.parallax.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
