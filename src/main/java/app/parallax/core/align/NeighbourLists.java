package app.parallax.core.align;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each passage's nearest neighbours by meaning ({@link MeaningNeighbours#all}), read from the
 * embedder's store when the same passages were compared before: the search over every pair of
 * passages took about a second of a warm 50 x 40 comparison with the JIT's quick compiler alone
 * (as the app's launchers run it), which does not vectorise it. Lists are stored under a key that
 * covers everything they depend on, and a stored copy is used only when it could be this search's,
 * so the result is the same either way.
 */
final class NeighbourLists {

    /** Part of every key: raise it whenever {@link MeaningNeighbours} would order or pick neighbours otherwise. */
    static final int VERSION = 1;

    private NeighbourLists() {
    }

    /**
     * The lists {@link MeaningNeighbours#all} gives for these arguments: stored ones when
     * {@code store} holds sound ones, else computed and handed to {@code store}. Without a store,
     * or when a passage has no vector (a comparison by words alone), they are computed and not
     * stored.
     */
    static int[][] of(List<PassageProfile> profiles, int limit, double minCosine, @Nullable PassageEmbedder store) {
        if (store == null || profiles.stream().anyMatch(p -> p.vector == null)) {
            return MeaningNeighbours.all(profiles, limit, minCosine);
        }
        String key = key(store.modelName(), profiles, limit, minCosine);
        Optional<int[][]> stored = store.findNeighbours(key, profiles.size());
        if (stored.isPresent() && sound(stored.get(), profiles, limit)) {
            return stored.get();
        }
        int[][] lists = MeaningNeighbours.all(profiles, limit, minCosine);
        store.storeNeighbours(key, lists);
        return lists;
    }

    /**
     * Hex SHA-256 of the version, model name, limit, minimum cosine, the number of passages and,
     * for each passage in order, its article, its text and a fingerprint of its vector. The
     * vectors are what the lists are computed from, so a vector computed again to other bits
     * (the vector cache trimmed, another model build) gives another key too.
     */
    static String key(String model, List<PassageProfile> profiles, int limit, double minCosine) {
        MessageDigest md = sha256();
        ByteBuffer head = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        head.putInt(VERSION).putInt(limit).putDouble(minCosine).putInt(profiles.size());
        md.update("parallax neighbours".getBytes(StandardCharsets.UTF_8));
        md.update(head.array(), 0, head.position());
        update(md, model.getBytes(StandardCharsets.UTF_8));
        ByteBuffer fields = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (PassageProfile p : profiles) {
            float[] v = p.vector == null ? new float[0] : p.vector;
            fields.clear();
            fields.putInt(p.articleIndex).putInt(v.length).putLong(fingerprint(v));
            md.update(fields.array());
            update(md, p.passage.text().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A 64-bit fingerprint of the vector's bits: a polynomial with an odd multiplier, so that any
     * one changed component changes it. Cheaper than putting the vectors' 1.5 KB each through
     * SHA-256, which cost a warm 50 x 40 comparison some 25 ms with the quick compiler alone.
     */
    static long fingerprint(float[] v) {
        long h = v.length;
        for (float x : v) {
            h = h * 0x9E3779B97F4A7C15L + Float.floatToRawIntBits(x);
        }
        return h;
    }

    /** Feeds a length, then the bytes, so that two fields can never run into each other. */
    private static void update(MessageDigest md, byte[] bytes) {
        md.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /**
     * Whether stored lists could be this search's: one list per passage, none longer than the
     * limit, every partner a passage of another article. The store checks its file; this keeps a
     * wrong list from ever reaching the candidates, whatever the store does.
     */
    static boolean sound(int[][] lists, List<PassageProfile> profiles, int limit) {
        if (lists.length != profiles.size()) {
            return false;
        }
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] == null || lists[i].length > limit) {
                return false;
            }
            for (int j : lists[i]) {
                if (j < 0 || j >= lists.length || profiles.get(j).articleIndex == profiles.get(i).articleIndex) {
                    return false;
                }
            }
        }
        return true;
    }
}
