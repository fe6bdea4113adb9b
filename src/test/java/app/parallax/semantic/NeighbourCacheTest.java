package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk nearest-neighbour cache: lists survive a restart exactly, another key is a miss,
 * every damaged or implausible file is refused and deleted, nothing is read or written through a
 * link, and the folder stays within its bound.
 */
class NeighbourCacheTest {

    private static final String KEY = "ab".repeat(32);
    private static final String OTHER_KEY = "cd".repeat(32);
    private static final int[][] LISTS = {{3, 1}, {2}, {0, 3, 1}, {}};
    /** Magic, key, count of lists, count of indices. */
    private static final int HEADER = 4 + 32 + 4 + 4;

    @TempDir
    Path dir;

    @Test
    void listsStoredByOneSessionAreFoundByTheNext() {
        cache(1 << 20).put(KEY, LISTS);

        assertThat(cache(1 << 20).find(KEY, 4)).hasValueSatisfying(l -> assertThat(l).isDeepEqualTo(LISTS));
        assertThat(cache(1 << 20).find(OTHER_KEY, 4)).isEmpty();
        assertThat(file(KEY)).exists();
    }

    @Test
    void aKeyThatIsNoHexDigestIsNeitherWrittenNorRead() throws IOException {
        cache(1 << 20).put("../escape", LISTS);
        cache(1 << 20).put(KEY.toUpperCase(java.util.Locale.ROOT), LISTS);

        assertThat(files()).isEmpty();
        assertThat(dir.resolveSibling("escape.nb")).doesNotExist();
        assertThat(cache(1 << 20).find("../escape", 4)).isEmpty();
    }

    @Test
    void aFlippedByteIsRefusedAndTheFileDeleted() throws IOException {
        cache(1 << 20).put(KEY, LISTS);
        byte[] bytes = Files.readAllBytes(file(KEY));
        bytes[HEADER + 4 * 4 + 2] ^= 0x01;
        Files.write(file(KEY), bytes);

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        assertThat(file(KEY)).doesNotExist();
    }

    @Test
    void aFileCutShortIsRefusedAndDeleted() throws IOException {
        cache(1 << 20).put(KEY, LISTS);
        byte[] bytes = Files.readAllBytes(file(KEY));
        Files.write(file(KEY), Arrays.copyOf(bytes, bytes.length - 5));

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        assertThat(file(KEY)).doesNotExist();
    }

    @Test
    void listsForAnotherNumberOfPassagesAreRefusedAndDeleted() {
        cache(1 << 20).put(KEY, LISTS);

        assertThat(cache(1 << 20).find(KEY, 5)).isEmpty();
        assertThat(file(KEY)).doesNotExist();
    }

    @Test
    void anIndexOutsideTheStoryIsRefusedEvenWithAGoodChecksum() throws IOException {
        cache(1 << 20).put(KEY, LISTS);
        rewriteIndex(0, 4);

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        assertThat(file(KEY)).doesNotExist();

        cache(1 << 20).put(KEY, LISTS);
        rewriteIndex(0, -1);
        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
    }

    @Test
    void aPassageListedAsItsOwnNeighbourIsRefused() throws IOException {
        cache(1 << 20).put(KEY, LISTS);
        rewriteIndex(2, 1);

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        assertThat(file(KEY)).doesNotExist();
    }

    @Test
    void anotherKeysFileUnderThisKeysNameIsRefused() throws IOException {
        cache(1 << 20).put(OTHER_KEY, LISTS);
        Files.copy(file(OTHER_KEY), file(KEY));

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        assertThat(cache(1 << 20).find(OTHER_KEY, 4)).isPresent();
    }

    @Test
    void aFileLargerThanAnyStorysIsNotRead() throws IOException {
        Files.createDirectories(dir);
        Files.write(file(KEY), new byte[NeighbourCache.MAX_FILE_BYTES + 1]);

        assertThat(cache(1L << 30).find(KEY, 4)).isEmpty();
        assertThat(file(KEY)).doesNotExist();
    }

    @Test
    void aLinkedFileIsNeitherReadNorWrittenThrough(@TempDir Path elsewhere) throws IOException {
        cache(1 << 20).put(OTHER_KEY, LISTS);
        Path outside = elsewhere.resolve("secret");
        Files.copy(file(OTHER_KEY), outside);
        byte[] before = Files.readAllBytes(outside);
        Files.createSymbolicLink(file(KEY), outside);

        assertThat(cache(1 << 20).find(KEY, 4)).isEmpty();
        Files.deleteIfExists(file(KEY));
        Files.createSymbolicLink(file(KEY), outside);
        cache(1 << 20).put(KEY, new int[][] {{1}, {0}, {}, {}});

        assertThat(Files.readAllBytes(outside)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(file(KEY))).isFalse();
        assertThat(cache(1 << 20).find(KEY, 4)).isPresent();
    }

    @Test
    void aLinkedFolderIsNeverWrittenThrough(@TempDir Path elsewhere) throws IOException {
        Path linked = dir.resolve("linked");
        Files.createSymbolicLink(linked, elsewhere);

        new NeighbourCache(linked, 1 << 20).put(KEY, LISTS);

        try (Stream<Path> s = Files.list(elsewhere)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void theFolderStaysWithinItsBoundDroppingTheOldestFirst() throws IOException {
        List<String> keys = Stream.of("01", "02", "03", "04", "05", "06").map(k -> k.repeat(32)).toList();
        keys.forEach(k -> cache(1 << 20).put(k, LISTS));
        long one = Files.size(file(keys.get(0)));
        long base = System.currentTimeMillis() - 3_600_000;
        for (int i = 0; i < keys.size(); i++) {
            Files.setLastModifiedTime(file(keys.get(i)), FileTime.fromMillis(base + i * 1000L));
        }
        long bound = one * 6;

        cache(bound).put(KEY, LISTS);

        long total = 0;
        for (Path f : files()) {
            total += Files.size(f);
        }
        assertThat(total).isLessThanOrEqualTo(bound * 3 / 4);
        assertThat(file(KEY)).exists();
        assertThat(file(keys.get(5))).exists();
        assertThat(file(keys.get(0))).doesNotExist();
        assertThat(file(keys.get(1))).doesNotExist();
    }

    /** Sets one index of the flattened lists and fixes the checksum, as a deliberate edit would. */
    private void rewriteIndex(int at, int value) throws IOException {
        byte[] bytes = Files.readAllBytes(file(KEY));
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(HEADER + 4 * LISTS.length + 4 * at, value);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        buf.putInt(bytes.length - 4, (int) crc.getValue());
        Files.write(file(KEY), bytes);
    }

    private NeighbourCache cache(long bound) {
        return new NeighbourCache(dir, bound);
    }

    private Path file(String key) {
        return dir.resolve(key + ".nb");
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".nb")).toList();
        }
    }
}
