package app.parallax.semantic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Sentence embeddings kept on disk, keyed by model and passage text, so that reopening or
 * re-comparing a story costs no model time. Entries live in 256 bucket files (by the first byte of
 * the key's SHA-256) under {@code folder}; a bucket is rewritten atomically when it gains entries.
 * The folder is kept under a size bound by dropping the least recently written buckets. A bucket
 * that cannot be read or is damaged is deleted and rebuilt; the cache never fails a comparison.
 * Each record carries a CRC-32 of its key and vector: a record whose checksum does not match, or
 * whose values are not finite numbers, is dropped and its vector computed again, so values
 * changed on disk never reach a comparison. Buckets of the earlier formats without checksums
 * (PXE1, PXE2) are dropped once and rebuilt; a bucket larger than the whole cache's bound is damaged.
 */
final class EmbeddingCache {

    /** Records sorted by key, each ending with a CRC-32 of its key and vector. */
    private static final int MAGIC = 0x50584533; // "PXE3"
    private static final int KEY_BYTES = 32;
    private static final int CRC_BYTES = 4;
    private final Path folder;
    private final String model;
    private final int dimension;
    private final long maxBytes;
    private final Map<Integer, Map<String, float[]>> buckets = new HashMap<>();
    /** The folder's size as last listed plus what this instance wrote since; -1 until first listed. */
    private long folderBytes = -1;

    /**
     * @param folder    where the bucket files go (created when first written)
     * @param model     the model's name; part of every key
     * @param dimension vector length; a bucket of another dimension is treated as damaged
     * @param maxBytes  size bound of the folder
     */
    EmbeddingCache(Path folder, String model, int dimension, long maxBytes) {
        this.folder = folder;
        this.model = model;
        this.dimension = dimension;
        this.maxBytes = maxBytes;
    }

    /** The cached vector of {@code text}, if any. */
    synchronized Optional<float[]> find(String text) {
        String key = key(text);
        Map<String, float[]> loaded = buckets.get(bucketOf(key));
        if (loaded != null) {
            return Optional.ofNullable(loaded.get(key));
        }
        return search(bucketOf(key), HexFormat.of().parseHex(key));
    }

    /**
     * Looks one key up in a bucket file without reading the whole file: records are sorted by key
     * (format {@link #MAGIC}), so a binary search reads about eight keys and one record. A big cache (tens of thousands of vectors)
     * thus costs a warm comparison milliseconds, not a read of every bucket it touches.
     */
    private Optional<float[]> search(int bucket, byte[] key) {
        Path f = file(bucket);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, header, 0);
            long records = (ch.size() - 8) / recordBytes();
            if (header.getInt(0) != MAGIC || header.getInt(4) != dimension || (ch.size() - 8) % recordBytes() != 0
                    || ch.size() > maxBytes) {
                throw new IOException("damaged, too large, or of a format without checksums");
            }
            ByteBuffer probe = ByteBuffer.allocate(KEY_BYTES);
            long lo = 0;
            long hi = records - 1;
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                probe.clear();
                readFully(ch, probe, 8 + mid * recordBytes());
                int c = Arrays.compareUnsigned(probe.array(), key);
                if (c == 0) {
                    ByteBuffer record = ByteBuffer.allocate(recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
                    readFully(ch, record, 8 + mid * recordBytes());
                    record.flip();
                    Optional<float[]> v = checkedVector(record);
                    if (v.isEmpty()) {
                        ch.close();
                        dropBadRecords(bucket);
                    }
                    return v;
                }
                if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            buckets.remove(bucket);
            deleteQuietly(f);
            return Optional.empty();
        }
    }

    /** Reads the bucket whole, which leaves out records whose checksum or values are bad, and writes it back. */
    private void dropBadRecords(int bucket) {
        buckets.remove(bucket);
        buckets.put(bucket, read(bucket));
        write(bucket);
    }

    /**
     * The vector of one record at the buffer's position (which moves past it), or empty when its
     * CRC-32 does not match or a value is not a finite number: a damaged record is never used.
     */
    private Optional<float[]> checkedVector(ByteBuffer record) {
        int start = record.position();
        CRC32 crc = new CRC32();
        crc.update(record.array(), record.arrayOffset() + start, KEY_BYTES + dimension * Float.BYTES);
        float[] v = new float[dimension];
        record.position(start + KEY_BYTES);
        record.asFloatBuffer().get(v);
        record.position(start + KEY_BYTES + dimension * Float.BYTES);
        int stored = record.getInt();
        if ((int) crc.getValue() != stored) {
            return Optional.empty();
        }
        for (float x : v) {
            if (!Float.isFinite(x)) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = ch.read(into, at);
            if (n < 0) {
                throw new IOException("damaged: ends early");
            }
            at += n;
        }
    }

    /** Stores vectors for texts (same order) and writes the touched buckets. Failures are ignored. */
    synchronized void putAll(List<String> texts, List<float[]> vectors) {
        Map<Integer, Boolean> touched = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = key(texts.get(i));
            bucket(key).put(key, vectors.get(i));
            touched.put(bucketOf(key), true);
        }
        if (folderBytes < 0) {
            folderBytes = listBuckets().stream().mapToLong(EmbeddingCache::size).sum();
        }
        touched.keySet().forEach(b -> folderBytes += write(b));
        if (folderBytes > maxBytes) {
            trimToBound();
        }
    }

    private Map<String, float[]> bucket(String key) {
        return buckets.computeIfAbsent(bucketOf(key), this::read);
    }

    private static int bucketOf(String key) {
        return Integer.parseInt(key.substring(0, 2), 16);
    }

    private Path file(int bucket) {
        return folder.resolve(String.format("%02x.bin", bucket));
    }

    private Map<String, float[]> read(int bucket) {
        Map<String, float[]> out = new HashMap<>();
        Path f = file(bucket);
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            if (Files.size(f) > maxBytes) {
                throw new IOException("damaged: larger than the whole cache may be");
            }
            ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
            int magic = buf.remaining() < 8 ? 0 : buf.getInt();
            if (magic != MAGIC || buf.getInt() != dimension || buf.remaining() % recordBytes() != 0) {
                throw new IOException("damaged, or of a format without checksums");
            }
            byte[] k = new byte[KEY_BYTES];
            while (buf.hasRemaining()) {
                buf.get(buf.position(), k);
                checkedVector(buf).ifPresent(v -> out.put(HexFormat.of().formatHex(k), v));
            }
        } catch (IOException | RuntimeException e) {
            out.clear();
            deleteQuietly(f);
        }
        return out;
    }

    private int recordBytes() {
        return KEY_BYTES + dimension * Float.BYTES + CRC_BYTES;
    }

    /** Rewrites a bucket file; returns how many bytes the folder grew by (0 when the write failed). */
    private long write(int bucket) {
        Map<String, float[]> entries = buckets.get(bucket);
        ByteBuffer buf = ByteBuffer.allocate(8 + entries.size() * recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(MAGIC).putInt(dimension);
        new java.util.TreeMap<>(entries).forEach((k, v) -> {
            int start = buf.position();
            buf.put(HexFormat.of().parseHex(k));
            buf.asFloatBuffer().put(v);
            buf.position(buf.position() + dimension * Float.BYTES);
            CRC32 crc = new CRC32();
            crc.update(buf.array(), start, KEY_BYTES + dimension * Float.BYTES);
            buf.putInt((int) crc.getValue());
        });
        Path target = file(bucket);
        Path tmp = folder.resolve(String.format(".%02x.%d.tmp", bucket, ProcessHandle.current().pid()));
        long before = Files.isRegularFile(target) ? size(target) : 0;
        try {
            Files.createDirectories(folder);
            Files.write(tmp, buf.array());
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return buf.capacity() - before;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            return 0;
        }
    }

    /** Drops the least recently written buckets until the folder is at three quarters of its bound. */
    private void trimToBound() {
        List<Path> files = listBuckets();
        long total = files.stream().mapToLong(EmbeddingCache::size).sum();
        files.sort(Comparator.comparing(EmbeddingCache::modified));
        for (Path p : files) {
            if (total <= maxBytes * 3 / 4) {
                break;
            }
            total -= size(p);
            deleteQuietly(p);
            buckets.remove(Integer.parseInt(p.getFileName().toString().substring(0, 2), 16));
        }
        folderBytes = total;
    }

    private List<Path> listBuckets() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.bin")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            // no folder yet: nothing cached
        }
        return files;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
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
