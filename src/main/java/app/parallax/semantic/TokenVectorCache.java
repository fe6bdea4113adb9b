package app.parallax.semantic;

import app.parallax.core.align.TokenVectors;
import app.parallax.core.text.QuantisedVectors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The sentence model's token vectors kept on disk, keyed by model and passage text, so that a
 * warm comparison gets them without loading the model. One file per text, named by the SHA-256
 * of model and text, in 256 sub-folders; each vector is stored as 384 signed bytes and a scale
 * (about 400 bytes a word piece, a quarter of plain floats; the cosine of a vector with its
 * stored copy is above 0.999). Every file carries its key, its text's length and a CRC-32C: a file that fails
 * any check (damaged, cut short, another text's, another dimension, offsets outside its text) is
 * deleted and its vectors are computed again, never trusted. The folder is kept under a byte
 * bound by dropping the least recently written files; its size is kept in a small ledger file so
 * that a run need not list every file, and listed again only when the ledger is missing, damaged
 * or over the bound.
 *
 * <p>Vectors computed in passing (by a run that asked only for sentence vectors) can be
 * {@linkplain #hold held} in memory, bounded, and are written only if a later lookup asks for
 * them: a run that needs only sentence vectors writes nothing here. Vectors are quantised in
 * memory as on disk ({@link TokenVectors}), so a record is read straight into that form.
 */
final class TokenVectorCache {

    private static final int MAGIC = 0x50585431; // "PXT1"
    private static final int KEY_BYTES = 32;
    private static final int HEADER = 4 + 4 + 4 + KEY_BYTES + 4;
    private static final int MAX_PIECES = 4096;
    private static final String SUFFIX = ".tv";
    private static final String LEDGER = "size";
    private final Path folder;
    private final String model;
    private final int dimension;
    private final long maxBytes;
    private final long maxHeldBytes;
    /** Held vectors, by text. */
    private final Map<String, TokenVectors> held = new LinkedHashMap<>();
    private long heldBytes;
    /** The folder's size by the ledger plus what this instance wrote since; -1 until read. */
    private long folderBytes = -1;

    /**
     * @param folder       where the files go (created when first written)
     * @param model        the model's name; part of every key
     * @param dimension    vector length; a file of another dimension is treated as damaged
     * @param maxBytes     size bound of the folder
     * @param maxHeldBytes bound of the vectors {@linkplain #hold held} in memory
     */
    TokenVectorCache(Path folder, String model, int dimension, long maxBytes, long maxHeldBytes) {
        this.folder = folder;
        this.model = model;
        this.dimension = dimension;
        this.maxBytes = maxBytes;
        this.maxHeldBytes = maxHeldBytes;
    }

    /**
     * The token vectors of {@code text}: held ones (then written, since they are wanted), else
     * from disk. A damaged file is deleted and reported as missing.
     */
    synchronized Optional<TokenVectors> find(String text) {
        String key = key(text);
        TokenVectors kept = held.get(text);
        if (kept != null) {
            dropHeld(text);
            countFolder();
            grow(write(key, encode(key, text, kept)));
            return Optional.of(kept);
        }
        Path f = file(key);
        Optional<byte[]> bytes = read(f);
        Optional<TokenVectors> out = bytes.flatMap(r -> decode(r, key, text));
        if (out.isEmpty() && (bytes.isPresent() || Files.exists(f, LinkOption.NOFOLLOW_LINKS))) {
            deleteQuietly(f);
        }
        return out;
    }

    /** Stores the token vectors of the texts (same order) on disk. Failures are ignored. */
    synchronized void putAll(List<String> texts, List<TokenVectors> vectors) {
        countFolder();
        long grown = 0;
        for (int i = 0; i < texts.size(); i++) {
            String key = key(texts.get(i));
            dropHeld(texts.get(i));
            grown += write(key, encode(key, texts.get(i), vectors.get(i)));
        }
        grow(grown);
    }

    /**
     * Keeps token vectors in memory only; a later {@link #find} writes the ones it is asked for.
     * They are kept while they fit the bound; the rest is dropped (and computed again if ever
     * asked for).
     */
    synchronized void hold(List<String> texts, List<TokenVectors> vectors) {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            TokenVectors v = vectors.get(i);
            dropHeld(text);
            if (heldBytes + heldSize(v) <= maxHeldBytes) {
                held.put(text, v);
                heldBytes += heldSize(v);
            }
        }
    }

    private static long heldSize(TokenVectors v) {
        return v.pieces().bytes() + 8L * v.size() + 64;
    }

    /**
     * Forgets every held vector. A new run's sentence vectors call this first, so that a
     * long-lived embedder (the reader's) never keeps more than one run's held vectors.
     */
    synchronized void releaseHeld() {
        held.clear();
        heldBytes = 0;
    }

    private void dropHeld(String text) {
        TokenVectors old = held.remove(text);
        if (old != null) {
            heldBytes -= heldSize(old);
        }
    }

    /**
     * The record: header, then per piece its offsets, scale and signed bytes, then a CRC-32C. The
     * scale is the factor that makes the bytes a unit vector (files written before the vectors
     * were quantised in memory hold the largest component instead); reading needs neither, since
     * only the bytes' direction counts.
     */
    private byte[] encode(String key, String text, TokenVectors v) {
        if (v.size() > 0 && v.pieces().dimension() != dimension) {
            throw new IllegalArgumentException("vectors of dimension " + v.pieces().dimension() + ", not " + dimension);
        }
        int n = v.size();
        byte[] out = new byte[recordBytes(n)];
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(MAGIC).putInt(dimension).putInt(n).put(HexFormat.of().parseHex(key)).putInt(text.length());
        int at = HEADER;
        for (int i = 0; i < n; i++) {
            buf.putInt(at, v.starts()[i]).putInt(at + 4, v.ends()[i]).putFloat(at + 8, v.pieces().unitScale(i));
            at += 12;
            v.pieces().copyRow(i, out, at);
            at += dimension;
        }
        CRC32C crc = new CRC32C();
        crc.update(out, 0, at);
        buf.putInt(at, (int) crc.getValue());
        return out;
    }

    private int recordBytes(int pieces) {
        return HEADER + pieces * (12 + dimension) + 4;
    }

    /** The vectors of a record, if it passes every check. */
    private Optional<TokenVectors> decode(byte[] record, String key, String text) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
            byte[] k = new byte[KEY_BYTES];
            int magic = buf.getInt();
            int dim = buf.getInt();
            int n = buf.getInt();
            buf.get(k);
            int length = buf.getInt();
            if (magic != MAGIC || dim != dimension || n < 0 || n > MAX_PIECES || record.length != recordBytes(n)
                    || !HexFormat.of().formatHex(k).equals(key) || length != text.length()) {
                return Optional.empty();
            }
            CRC32C crc = new CRC32C();
            crc.update(record, 0, record.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(record, record.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()) {
                return Optional.empty();
            }
            return Optional.ofNullable(pieces(buf, n, length));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private TokenVectors pieces(ByteBuffer buf, int n, int length) {
        byte[] record = buf.array();
        int[] starts = new int[n];
        int[] ends = new int[n];
        byte[] rows = new byte[n * dimension];
        int at = HEADER;
        for (int i = 0; i < n; i++) {
            starts[i] = buf.getInt(at);
            ends[i] = buf.getInt(at + 4);
            float scale = buf.getFloat(at + 8);
            if (starts[i] < 0 || starts[i] > ends[i] || ends[i] > length || !(scale >= 0)) {
                return null;
            }
            at += 12;
            System.arraycopy(record, at, rows, i * dimension, dimension);
            at += dimension;
        }
        return new TokenVectors(starts, ends, QuantisedVectors.ofRows(rows, dimension));
    }

    /** The file's bytes, if it is a regular file (never through a link) of a plausible size. */
    private Optional<byte[]> read(Path f) {
        return CacheKeys.read(f, recordBytes(0), recordBytes(MAX_PIECES));
    }

    /**
     * Writes one file atomically ({@link CacheKeys#writeAtomically}, never through a link); returns
     * how many bytes the folder grew by (0 when the write failed or was refused).
     */
    private long write(String key, byte[] record) {
        return CacheKeys.writeAtomically(folder, file(key), record);
    }

    /** Learns the folder's size before this instance first writes: from the ledger, else by listing. */
    private void countFolder() {
        if (folderBytes < 0) {
            folderBytes = readLedger().orElseGet(this::listedBytes);
        }
    }

    /** Adds to the folder's size, trims it when over the bound and records the size in the ledger. */
    private void grow(long bytes) {
        if (bytes == 0) {
            return;
        }
        folderBytes += bytes;
        if (folderBytes > maxBytes) {
            trimToBound();
        }
        writeLedger();
    }

    /** Drops the least recently written files until the folder is at three quarters of its bound. */
    private void trimToBound() {
        List<Path> files = CacheKeys.filesEndingIn(folder, 2, SUFFIX);
        files.sort(Comparator.comparing(TokenVectorCache::modified));
        long total = files.stream().mapToLong(TokenVectorCache::size).sum();
        for (Path p : files) {
            if (total <= maxBytes * 3 / 4) {
                break;
            }
            total -= size(p);
            deleteQuietly(p);
        }
        folderBytes = total;
    }

    private long listedBytes() {
        return CacheKeys.filesEndingIn(folder, 2, SUFFIX).stream().mapToLong(TokenVectorCache::size).sum();
    }

    private Optional<Long> readLedger() {
        try {
            Path ledger = folder.resolve(LEDGER);
            if (!Files.isRegularFile(ledger, LinkOption.NOFOLLOW_LINKS) || Files.size(ledger) > 32) {
                return Optional.empty();
            }
            long bytes = Long.parseLong(Files.readString(ledger).strip());
            return bytes >= 0 ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void writeLedger() {
        Path ledger = folder.resolve(LEDGER);
        Path tmp = folder.resolve("." + LEDGER + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, Long.toString(folderBytes), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
        }
    }

    private Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    private static long size(Path p) {
        return CacheKeys.size(p);
    }

    private static FileTime modified(Path p) {
        return CacheKeys.modified(p);
    }

    private String key(String text) {
        return CacheKeys.of(model, text);
    }

    private static void deleteQuietly(Path p) {
        CacheKeys.deleteQuietly(p);
    }
}
