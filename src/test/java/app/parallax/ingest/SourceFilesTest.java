package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parallax.core.article.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFilesTest {

    private static final String QUOTED = "Bridge shut\n\n“We will not take any risks,” the mayor’s aide said — twice.\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "windows-1252"})
    void curlyQuotesSurviveEveryCommonEncoding(String encoding) throws Exception {
        Path file = dir.resolve("quoted.txt");
        Files.write(file, encode(QUOTED, encoding));

        assertThat(Ingest.readFile(file).text()).isEqualTo(QUOTED);
    }

    @Test
    void latin1TextIsDetectedNotAssumedToBeUtf8() throws Exception {
        String text = "Café owners in Málaga and Köln said the décor was “très chic”… naïve or not.\n"
                .replace('“', '"').replace('”', '"').replace("…", "...");
        Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Ingest.readFile(dir.resolve("latin1.txt")).text()).isEqualTo(text);
    }

    @Test
    void crAndCrlfLineEndsBecomeLineFeeds() throws Exception {
        Files.writeString(dir.resolve("mac.txt"), "Head\r\rOne.\rTwo.\r\nThree.\r\n");

        assertThat(Ingest.readFile(dir.resolve("mac.txt")).text()).isEqualTo("Head\n\nOne.\nTwo.\nThree.\n");
    }

    @Test
    void controlBytesAreStrippedThroughoutNotOnlyAtTheStart() throws Exception {
        StringBuilder text = new StringBuilder("Head\n\n");
        for (int i = 0; i < 2000; i++) {
            text.append("Plain words here. ");
        }
        text.append("Late\u0000 NUL and \u001b[31mESC\u0007 bell.\n");
        Files.writeString(dir.resolve("late.txt"), text);

        String read = Ingest.readFile(dir.resolve("late.txt")).text();

        assertThat(read).doesNotContain("\u0000", "\u001b", "\u0007").endsWith("Late NUL and [31mESC bell.\n");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo needs a POSIX system");
        Files.writeString(dir.resolve("good.txt"), "Head\n\nA sentence.\n");

        LoadedStory story = Ingest.load(List.of(fifo, dir.resolve("good.txt")));

        assertThat(story.articles()).hasSize(1);
        assertThat(story.problems()).extracting(IngestProblem::message)
                .containsExactly(fifo + ": is a named pipe (FIFO), not a regular file; not read");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void devZeroIsRefusedAsADevice() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));

        assertThatThrownBy(() -> Ingest.readFile(Path.of("/dev/zero")))
                .hasMessage("/dev/zero: is a character device, not a regular file; not read");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileReading() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "All work and no play makes a dull article.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long n = 0; n <= SourceFile.MAX_BYTES / line.length; n++) {
                out.write(line);
            }
        }

        assertThatThrownBy(() -> Ingest.readFile(big)).hasMessage(big + ": file is larger than 20 MB; not an article");
    }

    @Test
    void aSymlinkLoopIsNamedAsSuch() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> Ingest.readFile(a)).hasMessage(a + ": symbolic link loop (the link points back to itself)");
    }

    @Test
    void anUnreadableFolderIsNamedOnce() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder; run as a normal user");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "Head\n\nText.\n");
        locked.toFile().setReadable(false);
        try {
            LoadedStory story = Ingest.load(List.of(locked));
            assertThat(story.problems()).extracting(IngestProblem::message)
                    .containsExactly(locked + ": folder cannot be listed (permission denied)");
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void anEmptyFolderIsReported() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(Ingest.load(List.of(empty)).problems()).extracting(IngestProblem::message)
                .containsExactly(empty + ": folder holds no articles");
    }

    @Test
    void unsupportedFilesAreNamedNotSilentlySkipped() throws Exception {
        Path only = Files.createDirectory(dir.resolve("only"));
        Files.write(only.resolve("report.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.write(only.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("one.txt"), "One\n\nFirst report.\n");
        Files.write(mixed.resolve("report.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});

        LoadedStory onlyStory = Ingest.load(List.of(only));
        LoadedStory mixedStory = Ingest.load(List.of(mixed));

        assertThat(onlyStory.problems()).extracting(IngestProblem::message).containsExactly(only
                + ": folder holds no articles (unsupported: photo.png, report.docx; Parallax reads .txt, .md, .html, .htm, .mhtml or .pdf)");
        assertThat(mixedStory.articles()).hasSize(1);
        assertThat(mixedStory.notices()).extracting(IngestProblem::message).containsExactly(mixed.resolve("report.docx")
                + ": unsupported file type, skipped (Parallax reads .txt, .md, .html, .htm, .mhtml or .pdf)");
    }

    @Test
    void aDocxGivenByNameIsUnsupportedNotBinaryGarbage() throws Exception {
        Files.write(dir.resolve("report.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        assertThatThrownBy(() -> Ingest.readFile(dir.resolve("report.docx"))).hasMessageContaining(
                "report.docx: unsupported file type (a ZIP-based document such as .docx or .odt)");
    }

    @Test
    void aBrokenSidecarIsReportedOnceForManyFiles() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "One\n\nFirst report.\n");
        Files.writeString(dir.resolve("two.txt"), "Two\n\nSecond report.\n");
        Files.writeString(dir.resolve("story.json"), "{ broken");

        LoadedStory story = Ingest.load(List.of(dir.resolve("one.txt"), dir.resolve("two.txt")));

        assertThat(story.articles()).hasSize(2);
        assertThat(story.problems()).hasSize(1);
    }

    @Test
    void theSameFileTwiceIsLoadedOnceWithANotice() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "One\n\nFirst report.\n");
        Files.writeString(dir.resolve("two.txt"), "Two\n\nSecond report.\n");
        Path viaDots = dir.resolve("sub/../one.txt");
        Files.createDirectory(dir.resolve("sub"));

        LoadedStory story = Ingest.load(List.of(dir.resolve("one.txt"), dir.resolve("two.txt"), viaDots));

        assertThat(story.articles()).extracting(Article::id).containsExactly("one", "two");
        assertThat(story.notices()).extracting(IngestProblem::reason).containsExactly("given more than once; loaded once");
        assertThat(story.problems()).isEmpty();
    }

    @Test
    void twoFilesWithTheSameTextAreLoadedOnceWithANotice() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "One\n\nFirst report.\n");
        Files.writeString(dir.resolve("copy.txt"), "One\r\n\r\nFirst  report.\r\n");

        LoadedStory story = Ingest.load(List.of(dir.resolve("one.txt"), dir.resolve("copy.txt")));

        assertThat(story.articles()).extracting(Article::id).containsExactly("one");
        assertThat(story.notices()).extracting(IngestProblem::message)
                .containsExactly(dir.resolve("copy.txt") + ": same text as " + dir.resolve("one.txt") + "; loaded once");
    }

    private static byte[] encode(String text, String encoding) {
        return switch (encoding) {
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE-BOM" -> text.getBytes(StandardCharsets.UTF_16);
            default -> text.getBytes(Charset.forName(encoding));
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
