package app.parallax.semantic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the sentence-vector, token-vector and neighbour caches share: a passage's key (SHA-256 of
 * model name and text, so two models never share an entry), reading a file of a plausible size
 * never through a link, writing one atomically never through a linked folder, a file's size and
 * age for trimming, and a quiet delete of a stale file.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    /** Hex SHA-256 of the model name, a zero byte, and the text. */
    static String of(String model, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(model.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /**
     * The bytes of {@code f} if it is a regular file (never read through a link) of {@code min} to
     * {@code max} bytes; empty when it is missing, a link, unreadable or of another size.
     */
    static Optional<byte[]> read(Path f, long min, long max) {
        try (SeekableByteChannel ch = Files.newByteChannel(f, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            if (size < min || size > max) {
                return Optional.empty();
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(buf.array());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code bytes} to {@code target} under a temporary name beside it and moves it into
     * place, so that a reader sees the old file or the new one, never half of one; a link at
     * {@code target} is replaced, not written through, and nothing is written when {@code folder}
     * or the target's folder is a symbolic link. Returns how many bytes the folder grew by (0 when
     * the write failed or was refused).
     */
    static long writeAtomically(Path folder, Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            if (Files.isSymbolicLink(folder) || Files.isSymbolicLink(target.getParent())) {
                return 0;
            }
            long before = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? size(target) : 0;
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return bytes.length - before;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            return 0;
        }
    }

    /**
     * The regular files whose names end in {@code suffix}, at most {@code depth} folders down;
     * none when the folder is missing, a link or unreadable.
     */
    static List<Path> filesEndingIn(Path folder, int depth, String suffix) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> all = Files.find(folder, depth,
                (p, a) -> a.isRegularFile() && p.getFileName().toString().endsWith(suffix))) {
            all.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: nothing to count or trim
        }
        return files;
    }

    /** A file's size, not following a link; 0 when unreadable. */
    static long size(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (IOException e) {
            return 0;
        }
    }

    /** When a cache file was last written, not following a link; the epoch when unreadable. */
    static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Deletes a file if it is there; a stale file that stays is harmless (it fails its checks or is trimmed later). */
    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // see above
        }
    }
}
