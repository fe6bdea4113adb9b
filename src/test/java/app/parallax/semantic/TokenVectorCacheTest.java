package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.TokenVectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk token-vector cache: vectors survive a restart close to what was stored, every
 * damaged or foreign file is refused and deleted, the folder stays within its bound, and vectors
 * only held in memory reach the disk only when asked for.
 */
class TokenVectorCacheTest {

    private static final int DIM = 16;
    private static final String TEXT = "The ferry left the harbour at dawn.";

    @TempDir
    Path dir;

    @Test
    void vectorsWrittenByOneSessionAreFoundByTheNextCloseToWhatWasStored() {
        TokenVectors stored = vectors(7, 1);
        cache(1 << 20).putAll(List.of(TEXT), List.of(stored));

        TokenVectors found = cache(1 << 20).find(TEXT).orElseThrow();

        assertThat(found.starts()).isEqualTo(stored.starts());
        assertThat(found.ends()).isEqualTo(stored.ends());
        for (int i = 0; i < stored.size(); i++) {
            assertThat(BgeEncoderTest.cosine(found.vectors()[i], stored.vectors()[i])).isGreaterThan(0.999);
            assertThat(BgeEncoderTest.norm(found.vectors()[i])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(cache(1 << 20).find("The ferry left the harbour at noon.")).isEmpty();
        assertThat(new TokenVectorCache(dir, "other", DIM, 1 << 20, 0).find(TEXT)).isEmpty();
    }

    @Test
    void aDamagedRecordIsDeletedAndNeverTrusted() throws IOException {
        cache(1 << 20).putAll(List.of(TEXT), List.of(vectors(7, 1)));
        Path file = files().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);

        assertThat(cache(1 << 20).find(TEXT)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aRecordCutShortIsDeleted() throws IOException {
        cache(1 << 20).putAll(List.of(TEXT), List.of(vectors(7, 1)));
        Path file = files().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));

        assertThat(cache(1 << 20).find(TEXT)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void anotherTextsRecordUnderThisTextsNameIsRefused() throws IOException {
        TokenVectorCache c = cache(1 << 20);
        c.putAll(List.of("Another sentence entirely."), List.of(vectors(4, 2)));
        Path other = files().get(0);
        c.putAll(List.of(TEXT), List.of(vectors(7, 1)));
        Path mine = files().stream().filter(p -> !p.equals(other)).findFirst().orElseThrow();
        Files.copy(other, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache(1 << 20).find(TEXT)).isEmpty();
        assertThat(cache(1 << 20).find("Another sentence entirely.")).isPresent();
    }

    @Test
    void offsetsOutsideTheirTextAreRefused() {
        TokenVectors beyond = new TokenVectors(new int[] {0, 30}, new int[] {3, TEXT.length() + 5},
                vectors(2, 3).vectors());
        cache(1 << 20).putAll(List.of(TEXT), List.of(beyond));

        assertThat(cache(1 << 20).find(TEXT)).isEmpty();
    }

    @Test
    void theFolderStaysWithinItsBoundDroppingTheOldestFirst() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("Sentence number " + i + " of the story.");
        }
        cache(1 << 20).putAll(texts, texts.stream().map(t -> vectors(10, t.hashCode())).toList());
        long one = Files.size(files().get(0));
        assertThat(files()).hasSize(10);
        age(texts);
        long bound = one * 8;

        cache(bound).putAll(List.of("The newest sentence of the whole story."), List.of(vectors(10, 99)));

        long total = 0;
        for (Path f : files()) {
            total += Files.size(f);
        }
        assertThat(total).isLessThanOrEqualTo(bound);
        TokenVectorCache reopened = cache(bound);
        assertThat(reopened.find("The newest sentence of the whole story.")).isPresent();
        assertThat(reopened.find(texts.get(9))).isPresent();
        assertThat(reopened.find(texts.get(0))).isEmpty();
    }

    @Test
    void aDamagedSizeLedgerIsCountedAgain() throws IOException {
        cache(1 << 20).putAll(List.of(TEXT), List.of(vectors(7, 1)));
        Files.writeString(dir.resolve("size"), "not a number");

        cache(1 << 20).putAll(List.of("More text."), List.of(vectors(3, 2)));

        long total = 0;
        for (Path f : files()) {
            total += Files.size(f);
        }
        assertThat(Files.readString(dir.resolve("size")).strip()).isEqualTo(Long.toString(total));
    }

    @Test
    void heldVectorsReachTheDiskOnlyWhenAskedFor() throws IOException {
        String tooMany = "x".repeat(100);
        TokenVectorCache c = new TokenVectorCache(dir, "m", DIM, 1 << 20, 1200);
        c.hold(List.of(TEXT, "Unwanted.", "Also kept.", tooMany),
                List.of(vectors(7, 1), vectors(2, 2), vectors(4, 3), vectors(30, 4)));
        assertThat(files()).isEmpty();

        TokenVectors kept = c.find(TEXT).orElseThrow();
        TokenVectors also = c.find("Also kept.").orElseThrow();

        assertThat(files()).hasSize(2);
        assertThat(BgeEncoderTest.cosine(kept.vectors()[3], vectors(7, 1).vectors()[3])).isGreaterThan(0.999);
        assertThat(BgeEncoderTest.cosine(also.vectors()[3], vectors(4, 3).vectors()[3])).isGreaterThan(0.999);
        TokenVectors reread = cache(1 << 20).find(TEXT).orElseThrow();
        assertThat(reread.vectors()[3]).as("as held, so as written").isEqualTo(kept.vectors()[3]);
        assertThat(cache(1 << 20).find("Unwanted.")).isEmpty();
        assertThat(c.find(tooMany)).as("beyond the bound: dropped").isEmpty();
    }

    @Test
    void aRecordWrittenBeforeVectorsWereQuantisedInMemoryReadsTheSame() throws IOException {
        TokenVectors stored = vectors(5, 8);
        cache(1 << 20).putAll(List.of(TEXT), List.of(stored));
        Path file = files().get(0);
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int header = 4 + 4 + 4 + 32 + 4;
        for (int i = 0; i < 5; i++) {
            buf.putFloat(header + i * (12 + DIM) + 8, 0.3f + i);
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        buf.putInt(bytes.length - 4, (int) crc.getValue());
        Files.write(file, bytes);

        TokenVectors found = cache(1 << 20).find(TEXT).orElseThrow();

        for (int i = 0; i < 5; i++) {
            assertThat(found.vectors()[i]).isEqualTo(stored.vectors()[i]);
        }
    }

    @Test
    void aLinkedFolderIsNeverWrittenThrough(@TempDir Path elsewhere) throws IOException {
        String key = keyOf(TEXT);
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve(key.substring(0, 2)), elsewhere);

        cache(1 << 20).putAll(List.of(TEXT), List.of(vectors(7, 1)));

        try (Stream<Path> s = Files.list(elsewhere)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    private TokenVectorCache cache(long bound) {
        return new TokenVectorCache(dir, "m", DIM, bound, 1 << 20);
    }

    private static TokenVectors vectors(int pieces, long seed) {
        Random r = new Random(seed);
        int[] starts = new int[pieces];
        int[] ends = new int[pieces];
        float[][] v = new float[pieces][DIM];
        for (int i = 0; i < pieces; i++) {
            starts[i] = i * 3;
            ends[i] = i * 3 + 2;
            for (int d = 0; d < DIM; d++) {
                v[i][d] = (float) r.nextGaussian();
            }
            v[i] = BgeEncoder.unit(v[i]);
        }
        return new TokenVectors(starts, ends, v);
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.find(dir, 2, (p, a) -> a.isRegularFile() && p.toString().endsWith(".tv"))) {
            return s.toList();
        }
    }

    /** Gives each text's file a last-modified time in the order of the list, oldest first. */
    private void age(List<String> texts) throws IOException {
        long base = System.currentTimeMillis() - 3_600_000;
        for (int i = 0; i < texts.size(); i++) {
            String key = keyOf(texts.get(i));
            Files.setLastModifiedTime(dir.resolve(key.substring(0, 2)).resolve(key + ".tv"), FileTime.fromMillis(base + i * 1000L));
        }
    }

    private static String keyOf(String text) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update("m".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
