package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ingest.HostilePdfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code compare} on files made by someone else: bounded, named, and the rest still compared. */
class UntrustedInputCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path story() throws Exception {
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.copy(Path.of("corpus/xi-moscow-2023/nytimes.txt"), story.resolve("nytimes.txt"));
        Files.copy(Path.of("corpus/xi-moscow-2023/usatoday.txt"), story.resolve("usatoday.txt"));
        return story;
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLyingPageCountAndAFlateBombAreBoundedAndTheOtherFilesCompared() throws Exception {
        Path story = story();
        Path liar = Files.write(story.resolve("liar.pdf"), HostilePdfs.lyingPageCount(2_000_000_000));
        Path bomb = Files.write(story.resolve("bomb.pdf"), HostilePdfs.flateBomb(60L << 20));

        int status = run("compare", "--fast", story.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "parallax: " + bomb + ": text is longer than 1,000,000 characters; not an article");
        assertThat(out.toString()).contains("Outlets (3)", "Liar", "meal: lunch — NYT · dinner — USA Today");
        assertThat(liar).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"print.pdf", "print.markdown", "print.text", "print.xhtml", "print.mhtml", "print.mht"})
    void anOutputOverAnyArticleTypeOfAnInputFolderIsRefusedAndTheArticleKept(String name) throws Exception {
        Path story = story();
        Path article = Files.writeString(story.resolve(name), "kept");

        int status = run("compare", "--fast", story.toString(), "--pdf", article.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("refusing to write over the input file " + article);
        assertThat(Files.readString(article)).isEqualTo("kept");
    }

    @Test
    void aSidecarThatIsASymlinkIsNotReadAndSaidSo() throws Exception {
        Path story = story();
        Path elsewhere = Files.writeString(dir.resolve("private.json"), "{\"title\": \"Private notes of the user\"}");
        Path sidecar = Files.createSymbolicLink(story.resolve("story.json"), elsewhere);

        int status = run("compare", "--fast", story.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("parallax: " + sidecar + ": it is a symbolic link to "
                + elsewhere + "; not read, and not written through");
        assertThat(out.toString()).doesNotContain("Private notes").contains("Outlets (2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABSOLUTE", "../secret.pem", "sub/../../secret.pem"})
    void aSidecarPathOutsideTheStoryFolderIsNeverCopiedIntoASavedStory(String original) throws Exception {
        Path story = story();
        Path secret = Files.writeString(dir.resolve("secret.pem"), "-----BEGIN PRIVATE KEY-----");
        String named = original.equals("ABSOLUTE") ? secret.toString() : original;
        Files.writeString(story.resolve("story.json"), "{\"articles\": {\"nytimes.txt\": {\"original\": \""
                + named + "\"}}}");
        Path saved = dir.resolve("saved");

        int status = run("compare", "--fast", story.toString(), "--save-story", saved.toString());

        assertThat(status).isZero();
        assertThat(err.toString().lines()).containsExactly("parallax: note: " + story.resolve("story.json")
                + ": \"original\": \"" + named + "\" is not a plain file of the story's own folder; ignored");
        try (var files = Files.walk(saved)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("PRIVATE KEY");
            }
        }
    }

    @Test
    void oneStrayLatin1ByteInAUtf8ArticleIsShownAsAReplacementCharacterAndSaidSo() throws Exception {
        Path story = story();
        String text = Files.readString(story.resolve("usatoday.txt")).replace("\"", "“") + "\n\n“Fine,” he said.";
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withStray = java.util.Arrays.copyOf(utf8, utf8.length + 5);
        System.arraycopy(" caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, withStray, utf8.length, 5);
        Path article = Files.write(story.resolve("usatoday.txt"), withStray);
        Path json = dir.resolve("out.json");

        int status = run("compare", "--fast", story.toString(), "--json", json.toString());

        assertThat(status).isZero();
        assertThat(err.toString().lines()).containsExactly("parallax: note: " + article
                + ": 1 character could not be decoded (not valid in the file's encoding) and is shown as \uFFFD");
        String read = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("articles").get(1)
                .get("text").asText();
        assertThat(read).contains("“Fine,” he said. caf\uFFFD").doesNotContain("â€");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pairsRefusesAFifoAndDevZeroAsCompareDoes() throws Exception {
        Path fifo = dir.resolve("pairs.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo needs a POSIX system");

        assertThat(run("pairs", fifo.toString())).isEqualTo(2);
        assertThat(run("pairs", "/dev/zero")).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "parallax: " + fifo + ": is a named pipe (FIFO), not a regular file; not read",
                "parallax: /dev/zero: is a character device, not a regular file; not read");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void bidiAndZeroWidthCharactersFromASidecarNeverReachTheTerminalAndTheTableStaysAligned() throws Exception {
        Path story = story();
        Files.writeString(story.resolve("story.json"), "{\"title\": \"Bridge \\u202Edesrever\\u202C talks\", \"articles\": {"
                + "\"nytimes.txt\": {\"outlet\": \"Times\\u200B\\u200B\\u200B\\u2066Zero\"}, \"usatoday.txt\": {\"outlet\": \"USA Today\"}}}");

        assertThat(run("compare", "--fast", story.toString())).isZero();

        assertThat(out.toString()).contains("Bridge \uFFFDdesrever\uFFFD talks", "Times\uFFFD\uFFFD\uFFFD\uFFFDZero")
                .doesNotContainPattern("[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]");
        List<String> rows = out.toString().lines().filter(l -> l.startsWith("  [")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).indexOf(" words")).isEqualTo(rows.get(1).indexOf(" words"));
    }

    @Test
    void randomBytesNamedHtmlAreRefusedAsTheSameBytesNamedTxtAre() throws Exception {
        Path story = story();
        byte[] random = new byte[4096];
        new java.util.Random(15).nextBytes(random);
        Path html = Files.write(story.resolve("noise.html"), random);

        assertThat(run("compare", "--fast", story.toString())).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly("parallax: " + html + ": binary data, not a web page");
        assertThat(out.toString()).contains("Outlets (2)");
    }

    @Test
    void aSavedStoryGetsTheUsualFolderModeAndLeftoversOfAKilledSaveAreRemoved() throws Exception {
        Path story = story();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = Files.createDirectories(dir.resolve(".saved.part-" + gone.pid() + "-4711"));
        Files.writeString(leftover.resolve("a.txt"), "half a story");
        Path usual = Files.createDirectory(dir.resolve("usual"));

        int status = run("compare", "--fast", story.toString(), "--save-story", dir.resolve("saved").toString());

        assertThat(status).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(Files.getPosixFilePermissions(dir.resolve("saved"))).isEqualTo(Files.getPosixFilePermissions(usual));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".saved"));
        }
    }
}
