package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk embedding cache: survives a restart, rebuilds damage, stays within its bound. */
class EmbeddingCacheTest {

    @TempDir
    Path dir;

    @Test
    void aVectorWrittenByOneSessionIsFoundByTheNext() {
        new EmbeddingCache(dir, "m", 3, 1 << 20).putAll(List.of("The port reopened."), List.of(new float[] {1, 2, 3}));

        EmbeddingCache reopened = new EmbeddingCache(dir, "m", 3, 1 << 20);

        assertThat(reopened.find("The port reopened.")).get().isEqualTo(new float[] {1, 2, 3});
        assertThat(reopened.find("The port closed.")).isEmpty();
    }

    @Test
    void anotherModelDoesNotSeeTheVectors() {
        new EmbeddingCache(dir, "m", 3, 1 << 20).putAll(List.of("text"), List.of(new float[] {1, 2, 3}));

        assertThat(new EmbeddingCache(dir, "other", 3, 1 << 20).find("text")).isEmpty();
    }

    @Test
    void aDamagedBucketIsDroppedAndRebuiltNeverFatal() throws IOException {
        new EmbeddingCache(dir, "m", 3, 1 << 20).putAll(List.of("text"), List.of(new float[] {1, 2, 3}));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }

        EmbeddingCache reopened = new EmbeddingCache(dir, "m", 3, 1 << 20);
        assertThat(reopened.find("text")).isEmpty();
        reopened.putAll(List.of("text"), List.of(new float[] {4, 5, 6}));

        assertThat(new EmbeddingCache(dir, "m", 3, 1 << 20).find("text")).get().isEqualTo(new float[] {4, 5, 6});
    }

    @Test
    void theFolderStaysWithinItsSizeBound() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(dir, "m", 256, 64 * 1024);
        for (int i = 0; i < 400; i++) {
            cache.putAll(List.of("sentence number " + i), List.of(new float[256]));
        }

        long total;
        try (Stream<Path> files = Files.list(dir)) {
            total = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(total).isLessThanOrEqualTo(64 * 1024);
        assertThat(cache.find("sentence number 399")).isPresent();
    }

    @Test
    void everyOneOfManyVectorsIsFoundByASessionThatSearchesTheFiles() {
        List<String> texts = new java.util.ArrayList<>();
        List<float[]> vectors = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add("Passage number " + i + " of a long story.");
            vectors.add(new float[] {i, -i, i / 2f});
        }
        new EmbeddingCache(dir, "m", 3, 1 << 24).putAll(texts, vectors);

        EmbeddingCache reopened = new EmbeddingCache(dir, "m", 3, 1 << 24);

        for (int i = 0; i < texts.size(); i += 7) {
            assertThat(reopened.find(texts.get(i))).as(texts.get(i)).get().isEqualTo(vectors.get(i));
        }
        assertThat(reopened.find("A passage never stored.")).isEmpty();
    }

    @Test
    void aBucketOfAFormatWithoutChecksumsIsDroppedNotTrusted() throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update("m".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        byte[] key = md.digest("The port reopened.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] other = key.clone();
        other[31] ^= 1;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 + 2 * (32 + 12)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buf.putInt(0x50584531).putInt(3);
        buf.put(other).putFloat(9).putFloat(9).putFloat(9);
        buf.put(key).putFloat(1).putFloat(2).putFloat(3);
        java.nio.file.Files.createDirectories(dir);
        Path bucket = java.nio.file.Files.write(dir.resolve(String.format("%02x.bin", key[0] & 0xff)), buf.array());

        assertThat(new EmbeddingCache(dir, "m", 3, 1 << 20).find("The port reopened.")).isEmpty();
        assertThat(bucket).doesNotExist();
    }

    @Test
    void recordsWhoseValuesChangedOnDiskAreDroppedAndTheOthersKept() throws Exception {
        List<String> texts = List.of("They had lunch.", "They had dinner.", "The ferry left.");
        List<float[]> vectors = List.of(new float[] {1, 2, 3}, new float[] {4, 5, 6}, new float[] {7, 8, 9});
        EmbeddingCache one = new EmbeddingCache(dir, "m", 3, 1 << 20);
        for (int i = 0; i < texts.size(); i++) {
            one.putAll(List.of(texts.get(i)), List.of(vectors.get(i)));
        }
        Path lunch = bucketHolding(new float[] {1, 2, 3});
        byte[] bytes = Files.readAllBytes(lunch);
        int at = indexOf(bytes, new float[] {1, 2, 3});
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(at, Float.NaN).putFloat(at + 4, 0.37f);
        Files.write(lunch, bytes);

        EmbeddingCache reopened = new EmbeddingCache(dir, "m", 3, 1 << 20);

        assertThat(reopened.find("They had lunch.")).isEmpty();
        assertThat(reopened.find("They had dinner.")).get().isEqualTo(new float[] {4, 5, 6});
        assertThat(reopened.find("The ferry left.")).get().isEqualTo(new float[] {7, 8, 9});
        assertThat(new EmbeddingCache(dir, "m", 3, 1 << 20).find("They had lunch.")).isEmpty();
    }

    @Test
    void aBucketOverTwoGigabytesIsDamagedNotAnOutOfMemoryError() throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update("m".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        byte[] key = md.digest("The port reopened.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path bucket = dir.resolve(String.format("%02x.bin", key[0] & 0xff));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(bucket.toFile(), "rw")) {
            f.write(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x50584533).putInt(3).array());
            f.setLength((1L << 31) + 8 + 44); // sparse: takes no disk space
        }
        EmbeddingCache cache = new EmbeddingCache(dir, "m", 3, 1 << 20);

        cache.putAll(List.of("The port reopened."), List.of(new float[] {1, 2, 3}));

        assertThat(new EmbeddingCache(dir, "m", 3, 1 << 20).find("The port reopened.")).get().isEqualTo(new float[] {1, 2, 3});
        assertThat(Files.size(bucket)).isLessThan(1000);
    }

    private Path bucketHolding(float[] vector) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (indexOf(Files.readAllBytes(f), vector) >= 0) {
                    return f;
                }
            }
        }
        throw new AssertionError("no bucket holds the vector");
    }

    private static int indexOf(byte[] bytes, float[] vector) {
        java.nio.ByteBuffer want = java.nio.ByteBuffer.allocate(vector.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            want.putFloat(v);
        }
        byte[] w = want.array();
        for (int i = 0; i + w.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + w.length, w, 0, w.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theCacheFolderFollowsXdgElseHome() {
        assertThat(Semantic.cacheFolder(java.util.Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u"))
                .isEqualTo(Path.of("/var/cache/u/parallax"));
        assertThat(Semantic.cacheFolder(java.util.Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/parallax"));
        assertThat(Semantic.cacheFolder(java.util.Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/parallax"));
    }
}
