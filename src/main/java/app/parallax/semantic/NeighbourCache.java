package app.parallax.semantic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Each passage's nearest neighbours by meaning kept on disk, one small file per story as it was
 * compared, so that re-comparing the same passages skips the search over every pair of them. The
 * key comes from the aligner and covers everything the lists depend on; the file is named by it
 * and carries it. The folder is untrusted: a file is read only if it is a regular file (not a
 * link) of at most {@link #MAX_FILE_BYTES}, and used only if its key, its CRC-32C, its number of
 * lists and every index (within the story, never the passage itself) check out; one that fails is
 * deleted and the lists are computed again. Files are written atomically and never through a link
 * ({@link CacheKeys#writeAtomically}). The folder is kept under a byte bound by dropping the least
 * recently written files; it is listed only when a file is written, since a story's re-comparison
 * finds its file and writes nothing.
 */
final class NeighbourCache {

    private static final int MAGIC = 0x50584E31; // "PXN1"
    private static final int KEY_BYTES = 32;
    /** Magic, key, number of lists, number of indices in all lists. */
    private static final int HEADER = 4 + KEY_BYTES + 4 + 4;
    /** No file is read or written above this: 6,000 passages of 12 neighbours take 312 KB. */
    static final int MAX_FILE_BYTES = 4 << 20;
    private static final String SUFFIX = ".nb";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private final Path folder;
    private final long maxBytes;

    /**
     * @param folder   where the files go (created when first written)
     * @param maxBytes size bound of the folder
     */
    NeighbourCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /**
     * The lists stored under {@code key}, if there is a sound file of {@code passages} lists; a
     * file that fails any check is deleted. Never throws.
     */
    synchronized Optional<int[][]> find(String key, int passages) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path f = file(key);
        Optional<byte[]> bytes = CacheKeys.read(f, recordBytes(0, 0), MAX_FILE_BYTES);
        Optional<int[][]> out = bytes.flatMap(b -> decode(b, key, passages));
        if (out.isEmpty() && (bytes.isPresent() || Files.exists(f, LinkOption.NOFOLLOW_LINKS))) {
            CacheKeys.deleteQuietly(f);
        }
        return out;
    }

    /** Stores the lists under {@code key} and keeps the folder within its bound. Failures are ignored. */
    synchronized void put(String key, int[][] lists) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        Optional<byte[]> record = encode(key, lists);
        if (record.isPresent() && CacheKeys.writeAtomically(folder, file(key), record.get()) > 0) {
            trimToBound();
        }
    }

    /** Header, each list's length, every list's indices in turn, then a CRC-32C of all before it. */
    private static Optional<byte[]> encode(String key, int[][] lists) {
        long total = Arrays.stream(lists).mapToLong(l -> l.length).sum();
        long bytes = recordBytes(lists.length, total);
        if (bytes > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buf = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(MAGIC).put(HexFormat.of().parseHex(key)).putInt(lists.length).putInt((int) total);
        for (int[] l : lists) {
            buf.putInt(l.length);
        }
        for (int[] l : lists) {
            for (int j : l) {
                buf.putInt(j);
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), 0, buf.position());
        buf.putInt((int) crc.getValue());
        return Optional.of(buf.array());
    }

    private static long recordBytes(long lists, long indices) {
        return HEADER + 4 * lists + 4 * indices + 4;
    }

    /** The lists of a record, if it passes every check. */
    private static Optional<int[][]> decode(byte[] record, String key, int passages) {
        try {
            return checked(record, key, passages);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<int[][]> checked(byte[] record, String key, int passages) {
        ByteBuffer buf = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        byte[] k = new byte[KEY_BYTES];
        int magic = buf.getInt();
        buf.get(k);
        int n = buf.getInt();
        int total = buf.getInt();
        if (magic != MAGIC || !HexFormat.of().formatHex(k).equals(key) || n != passages || total < 0
                || record.length != recordBytes(n, total) || !crcMatches(record)) {
            return Optional.empty();
        }
        int[][] lists = new int[n][];
        long listed = 0;
        for (int i = 0; i < n; i++) {
            int length = buf.getInt();
            listed += length;
            if (length < 0 || listed > total) {
                return Optional.empty();
            }
            lists[i] = new int[length];
        }
        if (listed != total) {
            return Optional.empty();
        }
        return readIndices(buf, lists) ? Optional.of(lists) : Optional.empty();
    }

    private static boolean crcMatches(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record, 0, record.length - 4);
        return (int) crc.getValue() == ByteBuffer.wrap(record, record.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** Fills the lists from the buffer; false when an index is outside the story or the passage itself. */
    private static boolean readIndices(ByteBuffer buf, int[][] lists) {
        for (int i = 0; i < lists.length; i++) {
            for (int t = 0; t < lists[i].length; t++) {
                int j = buf.getInt();
                if (j < 0 || j >= lists.length || j == i) {
                    return false;
                }
                lists[i][t] = j;
            }
        }
        return true;
    }

    /** Drops the least recently written files until the folder is at three quarters of its bound. */
    private void trimToBound() {
        List<Path> files = CacheKeys.filesEndingIn(folder, 1, SUFFIX);
        long total = files.stream().mapToLong(CacheKeys::size).sum();
        if (total <= maxBytes) {
            return;
        }
        files.sort(Comparator.comparing(CacheKeys::modified));
        for (Path p : files) {
            if (total <= maxBytes * 3 / 4) {
                break;
            }
            total -= CacheKeys.size(p);
            CacheKeys.deleteQuietly(p);
        }
    }

    private Path file(String key) {
        return folder.resolve(key + SUFFIX);
    }
}
