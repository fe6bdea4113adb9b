package app.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux installer as a user gets it: builds the .deb (or reuses the one {@code -Pinstaller}
 * just built), unpacks it with {@code dpkg-deb -x}, runs its {@code parallax compare} from an
 * unrelated folder and starts its reader under Xvfb to a screenshot. Runs only where jpackage,
 * fakeroot, dpkg-deb and Xvfb are installed ({@code .ci/run} installs them).
 */
class InstallerIT {

    private static final Path BUILD = Path.of(System.getProperty("installer.it.buildDir", "target"));
    private static final Path INSTALLERS = BUILD.resolve("installer");

    @TempDir
    static Path root;
    private static Path app;

    @BeforeAll
    static void unpackTheDeb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jpackage")), "no jpackage in this JDK");
        for (String tool : List.of("fakeroot", "dpkg-deb", "Xvfb")) {
            assumeTrue(onPath(tool).isPresent(), tool + " is not installed");
        }
        Path deb = findDeb().orElse(null);
        if (deb == null || Files.getLastModifiedTime(deb).compareTo(Files.getLastModifiedTime(BUILD.resolve("parallax.jar"))) < 0) {
            buildInstallers();
            deb = findDeb().orElseThrow(() -> new AssertionError("the installer build wrote no .deb to " + INSTALLERS));
        }
        run(Duration.ofMinutes(2), root, Map.of(), "dpkg-deb", "-x", deb.toString(), root.resolve("fs").toString());
        run(Duration.ofMinutes(1), root, Map.of(), "dpkg-deb", "-e", deb.toString(), root.resolve("control").toString());
        app = root.resolve("fs/opt/parallax");
    }

    @Test
    void installedCommandComparesTheExampleStoryFromAnyFolder() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("cwd-compare"));
        Set<Path> before = filesUnder(app);

        String out = run(Duration.ofMinutes(2), elsewhere, userEnv("home-compare"), launcher().toString(), "compare");

        assertThat(out).contains("meal: lunch").contains("dinner");
        assertThat(filesUnder(app)).as("the installed image stays unchanged").isEqualTo(before);
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).as("nothing written to the working folder").isEmpty();
        }
    }

    @Test
    void installedReaderOpensTheExampleStoryToAScreenshot() throws Exception {
        Path shot = root.resolve("reader.png");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine().trim();
            Map<String, String> env = new java.util.HashMap<>(userEnv("home-reader"));
            env.put("DISPLAY", display);
            env.put("JAVA_TOOL_OPTIONS", "-Dprism.order=sw");
            String out = run(Duration.ofMinutes(3), Files.createDirectories(root.resolve("cwd-reader")), env,
                    launcher().toString(), "--screenshot", shot.toString());
            assertThat(out).contains("Time from launch to highlights visible");
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(distinctColours(image)).as("colours in the screenshot").isGreaterThan(50);
    }

    @Test
    void packageInstallsADesktopEntryWithIconAndTheCommandOnThePath() throws Exception {
        Path desktop = app.resolve("lib/parallax-parallax.desktop");
        String entry = Files.readString(desktop);
        assertThat(entry).contains("Exec=/opt/parallax/bin/parallax %F").contains("Icon=/opt/parallax/lib/parallax.png")
                .contains("Name=Parallax");
        assertThat(ImageIO.read(app.resolve("lib/parallax.png").toFile()).getWidth()).isGreaterThanOrEqualTo(128);
        assertThat(Files.readString(root.resolve("control/postinst")))
                .contains("xdg-desktop-menu install /opt/parallax/lib/parallax-parallax.desktop")
                .contains("ln -sf /opt/parallax/bin/parallax /usr/bin/parallax")
                .contains("-XX:ArchiveClassesAtExit=");
        assertThat(Files.readString(root.resolve("control/prerm"))).contains("rm -f /usr/bin/parallax");
    }

    @Test
    void trimmedRuntimeHoldsEveryModuleTheLibrariesNeed() throws Exception {
        String release = Files.readString(app.resolve("lib/runtime/release"));
        Set<String> shipped = Set.of(release.replaceAll("(?s).*MODULES=\"([^\"]*)\".*", "$1").split(" "));
        List<String> jars;
        try (Stream<Path> all = Files.walk(app.resolve("lib/app"))) {
            jars = all.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17", "--class-path",
                String.join(File.pathSeparator, jars)));
        // commons-compress (through the model's tokenizer library) declares a module that requires the
        // optional commons-lang3, which is not shipped; jdeps refuses to resolve it as a module, so it is
        // read only as a class-path entry of the others
        command.addAll(jars.stream().filter(j -> !Path.of(j).getFileName().toString().startsWith("commons-compress")).toList());
        String out = run(Duration.ofMinutes(3), root, Map.of(), command.toArray(String[]::new));
        String needed = out.lines().filter(l -> l.matches("[a-z0-9.,]+")).reduce((a, b) -> b).orElseThrow();

        assertThat(shipped).containsAll(Arrays.asList(needed.split(",")));
    }

    private static Path launcher() {
        return app.resolve("bin/parallax");
    }

    /** A fresh home folder, so that nothing from this machine's user settings leaks into the run. */
    private static Map<String, String> userEnv(String name) throws IOException {
        Path home = Files.createDirectories(root.resolve(name));
        return Map.of("HOME", home.toString());
    }

    private static void buildInstallers() throws Exception {
        List<String> mvn = new ArrayList<>(List.of("./mvnw", "-B", "-q", "-Pinstaller", "-Dbuild.dir=" + BUILD.toAbsolutePath(),
                "antrun:run@build-installer"));
        // gzip instead of dpkg-deb's default xz: minutes faster, and the test is about behaviour, not size
        run(Duration.ofMinutes(12), Path.of("").toAbsolutePath(), Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip"),
                mvn.toArray(String[]::new));
    }

    private static Optional<Path> findDeb() throws IOException {
        if (!Files.isDirectory(INSTALLERS)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst();
        }
    }

    private static Optional<Path> onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).findFirst();
    }

    /** Runs a command to completion and returns its standard output and error; fails on a non-zero exit. */
    private static String run(Duration limit, Path dir, Map<String, String> env, String... command) throws Exception {
        Path log = Files.createTempFile(root, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        String out = Files.readString(log);
        assertThat(done).as("%s finished within %s; output:%n%s", command[0], limit, out).isTrue();
        assertThat(p.exitValue()).as("exit status of %s; output:%n%s", String.join(" ", command), out).isZero();
        return out;
    }

    private static Set<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
