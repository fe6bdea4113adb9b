package app.parallax.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 started from the Spark jars on the test class path,
 * as {@code spark-class} would start it: one master and one worker JVM. The worker launches
 * executor JVMs with Spark's launcher, which needs {@code SPARK_HOME/jars} (here links to the same
 * jars) and {@code SPARK_SCALA_VERSION}. Every JVM gets the module opens this test JVM has.
 */
final class SparkStandalone implements AutoCloseable {

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    final String masterUrl;
    final Process worker;

    SparkStandalone(Path dir) throws IOException, InterruptedException {
        home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        for (String entry : classPath()) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(home.resolve("jars").resolve(p.getFileName()))) {
                Files.createSymbolicLink(home.resolve("jars").resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        start("Starting Spark master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        Files.createDirectories(dir.resolve("work"));
        worker = start("Successfully registered with master", "org.apache.spark.deploy.worker.Worker", masterUrl,
                "--host", "127.0.0.1", "--cores", "2", "--memory", "2g", "--work-dir", dir.resolve("work").toString(),
                "--webui-port", String.valueOf(freePort()));
    }

    /** The class path of this JVM (the test class path), which the executors get too. */
    static List<String> classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(java.io.File.pathSeparator));
    }

    /** The module opens and Spark flags this JVM was started with (surefire's argLine). */
    static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")
                        || a.startsWith("-Djava.io.tmpdir"))
                .toList();
    }

    /** The executor JVMs the worker runs now (its only child processes). */
    List<ProcessHandle> executors() {
        return worker.children().filter(ProcessHandle::isAlive).toList();
    }

    private Process start(String readyLine, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(home.resolve("jars").toString() + "/*");
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process p = pb.start();
        processes.add(p);
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> follow(p, readyLine, ready), mainClass);
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(120, TimeUnit.SECONDS) || !p.isAlive()) {
            throw new IllegalStateException(mainClass + " did not start (see the test output)");
        }
        return p;
    }

    private static void follow(Process p, String readyLine, CountDownLatch ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains(readyLine)) {
                    ready.countDown();
                }
                if (line.contains("ERROR") || line.contains("Executor app-")) {
                    System.err.println("[spark] " + line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        ready.countDown();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Optional<ProcessHandle> anyExecutor() {
        return executors().stream().findFirst();
    }
}
