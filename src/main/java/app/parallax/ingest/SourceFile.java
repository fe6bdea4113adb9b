package app.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes only when it is a regular file, and never more than a limit: a FIFO,
 * device or socket is refused before it is opened (opening a FIFO would block), and the limit is
 * enforced while reading, so {@code /dev/zero} or a file that grows cannot exhaust memory.
 */
final class SourceFile {

    /** Largest article file read, in bytes. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final int S_IFMT = 0170000;

    private SourceFile() {
    }

    /** The file's bytes, at most {@link #MAX_BYTES}. */
    static byte[] read(Path file) throws IngestException {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IngestException(file.toString(), "file is larger than " + (MAX_BYTES >> 20) + " MB; not an article");
            }
            return bytes;
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Throws unless {@code file} (following links) is a regular file; names what it is instead. */
    static void requireRegularFile(Path file) throws IngestException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw new IngestException(file.toString(), "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IngestException(file.toString(), "is " + specialKind(file) + ", not a regular file; not read");
        }
    }

    /** The attributes of {@code path}, following links, with a plain reason when that fails. */
    static BasicFileAttributes attributes(Path path) throws IngestException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** An {@link IngestException} naming {@code path} once and the reason in plain words. */
    static IngestException failure(Path path, IOException e) {
        return new IngestException(path.toString(), reason(path, e), e);
    }

    private static String reason(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(path) ? "symbolic link to a missing file" : "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            if (fse.getReason().contains("levels of symbolic links")) {
                return "symbolic link loop (the link points back to itself)";
            }
            return "cannot be read (" + fse.getReason() + ")";
        }
        return "cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    private static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & S_IFMT) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
