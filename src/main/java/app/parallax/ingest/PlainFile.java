package app.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads one of the small files Parallax keeps beside a story or in the user's folders (notes,
 * settings, a story's sidecar), which may come from someone else: only a regular file is read,
 * never through a symbolic link (a planted link must not make Parallax show or copy the file it
 * points to), never a FIFO or device (opening one would block), and never more than a limit.
 */
public final class PlainFile {

    /** Why a file was not read; the message is a short reason for the user, without the path. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private PlainFile() {
    }

    /**
     * The file's bytes, or empty when there is no file (and no link) of that name.
     *
     * @param maxBytes the most bytes read; a longer file is refused
     * @throws Refused     when it is a symbolic link, a folder, a FIFO, device or socket, or too large
     * @throws IOException when reading fails
     */
    public static Optional<byte[]> read(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        requirePlain(file, attributes);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new Refused("it is larger than " + (maxBytes >> 10) + " KB; not read");
            }
            return Optional.of(bytes);
        }
    }

    private static void requirePlain(Path file, BasicFileAttributes attributes) throws Refused {
        if (attributes.isSymbolicLink()) {
            throw new Refused("it is a symbolic link" + target(file) + "; not read, and not written through");
        }
        if (attributes.isDirectory()) {
            throw new Refused("it is a folder, not a file; not read");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused("it is not a regular file (a pipe, device or socket); not read");
        }
    }

    private static String target(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
