package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    private static SafeOutput.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void symlinkIsFollowedTheLinkStaysAndItsTargetIsWritten() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        SafeOutput.write(link, text("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void danglingSymlinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));
        SafeOutput.write(link, text("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.json"))).isEqualTo("new");
    }

    @Test
    void symlinkLoopIsRefusedNamingTheTarget() throws Exception {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        assertThatThrownBy(() -> SafeOutput.write(a, text("x"))).isInstanceOf(ExportException.class)
                .hasMessageContaining(a.toString()).hasMessageContaining("loop");
    }

    @Test
    void fifoIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");
        assertThatThrownBy(() -> SafeOutput.write(fifo, text("x"))).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void deviceIsNeverReplaced() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));
        assertThatThrownBy(() -> SafeOutput.write(device, text("x"))).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void folderInTheWayIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.json"));
        assertThatThrownBy(() -> SafeOutput.write(folder, text("x"))).hasMessageContaining("folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void replacedFileKeepsItsMode() throws Exception {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, mode);
        SafeOutput.write(file, text("new"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void newFileGetsTheUsualModeNotTheTemporaryFilesPrivateOne() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        int umask = Integer.parseInt(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(), 8);
        Path file = dir.resolve("new.json");
        SafeOutput.write(file, text("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(mode(0666 & ~umask)));
    }

    @Test
    void readOnlyFileIsNotReplaced() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root bypasses permissions; run as a normal user");
        Path file = Files.writeString(dir.resolve("keep.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> SafeOutput.write(file, text("new"))).hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void failureWhileWritingKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        assertThatThrownBy(() -> SafeOutput.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void temporaryFilesOfKilledExportsAreRemovedAtTheNextWriteToTheFolder() throws Exception {
        long dead = deadPid();
        Path stale = Files.writeString(dir.resolve(".story.pdf." + dead + "-12345.part"), "half a pdf");
        Path running = Files.writeString(dir.resolve(".other.pdf." + ProcessHandle.current().pid() + "-1.part"), "x");
        Path unrelated = Files.writeString(dir.resolve(".notes.part"), "mine");
        SafeOutput.write(dir.resolve("story.json"), text("{}"));
        assertThat(stale).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static Set<PosixFilePermission> mode(int bits) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((bits & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }
}
