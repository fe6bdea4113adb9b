package app.parallax.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Parallax writes a file the user keeps (JSON and PDF exports, notes, settings), so
 * that a crash, a kill or a full disk never leaves a partial file and nothing but a regular file
 * is ever replaced.
 *
 * <ul>
 *   <li>The content goes to a hidden temporary file {@code .NAME.PID-N.part} in the target's
 *       folder, is flushed to disk, and is then moved over the target atomically; on any failure
 *       the temporary file is removed and an existing target is untouched.</li>
 *   <li>For an output the user names ({@link #write}), a symbolic link is followed: its target is
 *       written, the link stays. For Parallax's own files ({@link #writeOwn}: notes, settings,
 *       sidecars) a link is refused, never followed.</li>
 *   <li>A folder, FIFO, device or socket at the target is never replaced: the write is refused.</li>
 *   <li>A replaced file keeps its permissions; a new one gets the usual mode for new files
 *       (0666 less the umask), not the 0600 of temporary files.</li>
 *   <li>Temporary files left by a killed process are removed at the next write to that folder.</li>
 * </ul>
 * Blocking and thread-agnostic; interrupting the writing thread cancels the write.
 */
public final class SafeOutput {

    /** Writes a file's content to a stream; the stream is closed by {@link SafeOutput}. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}. @throws IOException when writing fails */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Pattern TEMP = Pattern.compile("\\..+\\.(\\d+)-\\d+\\.part");
    private static final int MAX_LINKS = 40;

    private SafeOutput() {
    }

    /**
     * Writes {@code content} to {@code target} as described in the class comment.
     *
     * @param target  the file to write; a symbolic link writes the file it points to
     * @param content writes the bytes; a runtime exception it throws propagates unchanged after
     *                clean-up
     * @throws ExportException naming the target and the reason when it cannot be written: no
     *                         folder, a folder or special file in the way, read-only file, no
     *                         permission, disk full, cancelled
     */
    public static void write(Path target, Content content) throws ExportException {
        Objects.requireNonNull(target, "target");
        writeTo(target, resolve(target), content);
    }

    /**
     * Writes one of Parallax's own files (notes, settings, a story's sidecar), which may sit in a
     * folder someone else made: as {@link #write}, except that a symbolic link at {@code target} is
     * never followed. It is refused, so a link planted in a story folder cannot make Parallax
     * replace the file it points to.
     *
     * @throws ExportException as {@link #write}, and when {@code target} is a symbolic link
     */
    public static void writeOwn(Path target, Content content) throws ExportException {
        Objects.requireNonNull(target, "target");
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            throw new ExportException(target, LINK_REFUSED);
        }
        if (file.getParent() == null || file.getFileName() == null) {
            throw new ExportException(target, "it names no file");
        }
        writeTo(target, file, content);
    }

    /** Why {@link #writeOwn} refuses a link, in words for the user. */
    public static final String LINK_REFUSED = "it is a symbolic link; Parallax does not write through links to its own files";

    private static void writeTo(Path target, Path file, Content content) throws ExportException {
        Objects.requireNonNull(content, "content");
        checkReplaceable(target, file);
        removeStaleTemps(file.getParent());
        Path temp = createTemp(target, file);
        boolean moved = false;
        try {
            fill(temp, content);
            keepMode(file, temp);
            move(temp, file);
            moved = true;
        } catch (InterruptedIOException | ClosedByInterruptException e) {
            throw new ExportException(target, "the export was cancelled", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(target, describe(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The file a write to {@code target} would change: the path itself, or for a symbolic link the
     * file it finally points to (which need not exist yet).
     *
     * @throws ExportException when the path names no file or the links form a loop
     */
    public static Path resolve(Path target) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops == MAX_LINKS) {
                throw new ExportException(target, "its symbolic links form a loop");
            }
            try {
                file = file.resolveSibling(Files.readSymbolicLink(file)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new ExportException(target, describe(e), e);
            }
        }
        if (file.getParent() == null || file.getFileName() == null) {
            throw new ExportException(target, "it names no file");
        }
        return file;
    }

    /**
     * Checks, before any work is done, that {@link #write} could replace or create {@code target};
     * the same checks run again when writing.
     *
     * @throws ExportException naming the target and the reason it would be refused
     */
    public static void check(Path target) throws ExportException {
        Objects.requireNonNull(target, "target");
        checkReplaceable(target, resolve(target));
    }

    private static void checkReplaceable(Path target, Path file) throws ExportException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            attrs = null;
        } catch (IOException e) {
            throw new ExportException(target, describe(e), e);
        }
        if (attrs != null && attrs.isDirectory()) {
            throw new ExportException(target, "a folder of that name is in the way");
        }
        if (attrs != null && !attrs.isRegularFile()) {
            throw new ExportException(target, "it is not a regular file (a device, pipe or socket), so it is not replaced");
        }
        if (attrs != null && !Files.isWritable(file)) {
            throw new ExportException(target, "the file is read-only, so it is not replaced");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new ExportException(target, "the folder " + file.getParent() + " does not exist");
        }
    }

    private static Path createTemp(Path target, Path file) throws ExportException {
        String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling(prefix + Math.abs(ThreadLocalRandom.current().nextInt()) + ".part");
            try {
                // CREATE_NEW without attributes: the usual mode for new files, never a link followed
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw new ExportException(target, "no temporary file could be created beside it", e);
                }
            } catch (IOException e) {
                throw new ExportException(target, describe(e), e);
            }
        }
    }

    private static void fill(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(new NonClosing(out));
            out.flush();
            channel.force(true);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Lets a writer that closes its stream (PDFBox does) still leave the flush to disk to us. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static void keepMode(Path file, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, mode);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes hidden temporary files in {@code folder} that a process which no longer runs left
     * behind (killed mid-write). Those of running processes, this one included, are kept.
     */
    static void removeStaleTemps(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path part : parts) {
                Matcher m = TEMP.matcher(part.getFileName().toString());
                if (m.matches() && isStale(m.group(1)) && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: a folder that cannot be listed fails the write itself with a clear reason
        }
    }

    private static boolean isStale(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A short plain reason for an I/O failure, without the stack of Java class names. */
    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (cause instanceof NoSuchFileException n) {
            return "no such file or folder (" + n.getFile() + ")";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: the temporary file is hidden, and removed at the next write to the folder
        }
    }
}
