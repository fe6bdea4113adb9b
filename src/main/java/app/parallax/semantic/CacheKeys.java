package app.parallax.semantic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the sentence-vector and token-vector caches share: a passage's key (SHA-256 of model name
 * and text, so two models never share an entry), a file's age for trimming, and a quiet delete of a
 * stale file.
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
