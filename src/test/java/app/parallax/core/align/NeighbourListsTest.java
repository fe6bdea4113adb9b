package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.Stories;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Nearest-neighbour lists kept by the embedder: a re-comparison of the same passages reads them
 * instead of searching, gets exactly the lists the search gives, and so the same comparison; any
 * change of what the lists depend on gives another key; stored lists that could not be this
 * search's are computed again and replaced.
 */
class NeighbourListsTest {

    private static final int LIMIT = 12;
    private static final double MIN = 0.5;

    @Test
    void storedListsAreTheComputedOnesAndAreReadOnTheNextRun() {
        List<PassageProfile> profiles = profiles(300, new Random(3));
        MapStore store = new MapStore();

        int[][] first = NeighbourLists.of(profiles, LIMIT, MIN, storeOnly(store));
        int[][] second = NeighbourLists.of(profiles, LIMIT, MIN, storeOnly(store));

        assertThat(first).isDeepEqualTo(MeaningNeighbours.all(profiles, LIMIT, MIN));
        assertThat(second).isDeepEqualTo(first);
        assertThat(store.stores).isEqualTo(1);
        assertThat(store.hits).isEqualTo(1);
        assertThat(store.lists).hasSize(1);
    }

    @Test
    void aChangedTextOrderArticleOrVectorGivesAnotherKey() {
        List<PassageProfile> profiles = profiles(40, new Random(4));
        String key = NeighbourLists.key("m", profiles, LIMIT, MIN);

        List<PassageProfile> text = profiles(40, new Random(4));
        text.set(7, withText(text.get(7), "Another sentence."));
        List<PassageProfile> order = profiles(40, new Random(4));
        java.util.Collections.swap(order, 3, 4);
        List<PassageProfile> article = profiles(40, new Random(4));
        article.set(5, copy(article.get(5), 5, article.get(5).articleIndex + 1, article.get(5).passage));
        List<PassageProfile> vector = profiles(40, new Random(4));
        vector.get(9).vector[100] = Math.nextUp(vector.get(9).vector[100]);

        assertThat(NeighbourLists.key("m", profiles(40, new Random(4)), LIMIT, MIN)).isEqualTo(key).hasSize(64);
        assertThat(List.of(NeighbourLists.key("m", text, LIMIT, MIN), NeighbourLists.key("m", order, LIMIT, MIN),
                NeighbourLists.key("m", article, LIMIT, MIN), NeighbourLists.key("m", vector, LIMIT, MIN),
                NeighbourLists.key("m", profiles.subList(0, 39), LIMIT, MIN),
                NeighbourLists.key("other model", profiles, LIMIT, MIN),
                NeighbourLists.key("m", profiles, LIMIT + 1, MIN), NeighbourLists.key("m", profiles, LIMIT, 0.4)))
                .doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void storedListsThatCannotBeThisSearchsAreComputedAgainAndReplaced() {
        List<PassageProfile> profiles = profiles(60, new Random(5));
        int[][] computed = MeaningNeighbours.all(profiles, LIMIT, MIN);
        int sameArticle = profiles.stream().filter(p -> p.articleIndex == profiles.get(0).articleIndex && p.index != 0)
                .findFirst().orElseThrow().index;
        List<int[][]> bad = List.of(new int[59][0], lists(computed, 0, new int[] {60}), lists(computed, 0, new int[] {-1}),
                lists(computed, 0, new int[] {sameArticle}), lists(computed, 0, new int[LIMIT + 1]));
        for (int[][] wrong : bad) {
            MapStore store = new MapStore();
            store.lists.put(NeighbourLists.key("m", profiles, LIMIT, MIN), wrong);

            int[][] got = NeighbourLists.of(profiles, LIMIT, MIN, storeOnly(store));

            assertThat(got).isDeepEqualTo(computed);
            assertThat(store.lists.values()).singleElement().satisfies(l -> assertThat(l).isDeepEqualTo(computed));
        }
    }

    @Test
    void passagesWithoutVectorsAreSearchedWithoutAskingTheStore() {
        List<PassageProfile> profiles = profiles(30, new Random(6));
        profiles.get(4).vector = null;
        MapStore store = new MapStore();

        int[][] got = NeighbourLists.of(profiles, LIMIT, MIN, storeOnly(store));

        assertThat(got).isDeepEqualTo(MeaningNeighbours.all(profiles, LIMIT, MIN));
        assertThat(store.finds + store.stores).isZero();
    }

    @Test
    void aComparisonWithStoredNeighboursIsTheComparisonWithout() {
        List<Article> articles = List.of(Stories.article("harbor-a.txt"), Stories.article("harbor-b.txt"),
                Stories.article("unrelated.txt"));
        MapStore store = new MapStore();

        ComparisonResult without = Comparison.standard().withEmbedder(new WordVectorsEmbedder(null))
                .run(articles, ProgressListener.NONE);
        ComparisonResult cold = Comparison.standard().withEmbedder(new WordVectorsEmbedder(store))
                .run(articles, ProgressListener.NONE);
        ComparisonResult warm = Comparison.standard().withEmbedder(new WordVectorsEmbedder(store))
                .run(articles, ProgressListener.NONE);

        assertThat(store.stores).isEqualTo(1);
        assertThat(store.hits).isEqualTo(1);
        assertThat(without.engine()).contains("meaning");
        for (ComparisonResult r : List.of(cold, warm)) {
            assertThat(r.links()).isEqualTo(without.links());
            assertThat(r.claims()).isEqualTo(without.claims());
        }
        assertThat(without.links()).isNotEmpty();
    }

    private static int[][] lists(int[][] from, int at, int[] list) {
        int[][] out = from.clone();
        out[at] = list;
        return out;
    }

    /** Keeps lists in memory and counts what it was asked. */
    private static final class MapStore {
        final Map<String, int[][]> lists = new HashMap<>();
        int finds;
        int hits;
        int stores;

        Optional<int[][]> find(String key, int passages) {
            finds++;
            Optional<int[][]> out = Optional.ofNullable(lists.get(key));
            hits += out.isPresent() ? 1 : 0;
            return out;
        }

        void store(String key, int[][] l) {
            stores++;
            lists.put(key, l);
        }
    }

    /**
     * Sentence vectors made from a passage's words (each word a fixed random direction), so that
     * passages sharing words are near; keeps neighbour lists in {@code store} when given one.
     */
    private static final class WordVectorsEmbedder extends MapStoreEmbedder {
        WordVectorsEmbedder(MapStore store) {
            super(store);
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(WordVectorsEmbedder::vector).toList();
        }

        private static float[] vector(String text) {
            float[] v = new float[64];
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                Random r = new Random(w.hashCode());
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) r.nextGaussian();
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            return v;
        }

        @Override
        public String modelName() {
            return "words";
        }
    }

    /** An embedder that keeps neighbour lists in a {@link MapStore}, or none (the interface's defaults). */
    private abstract static class MapStoreEmbedder implements PassageEmbedder {
        private final MapStore store;

        MapStoreEmbedder(MapStore store) {
            this.store = store;
        }

        @Override
        public Optional<int[][]> findNeighbours(String key, int passages) {
            return store == null ? PassageEmbedder.super.findNeighbours(key, passages) : store.find(key, passages);
        }

        @Override
        public void storeNeighbours(String key, int[][] lists) {
            if (store != null) {
                store.store(key, lists);
            }
        }
    }

    private static PassageEmbedder storeOnly(MapStore store) {
        return new MapStoreEmbedder(store) {
            @Override
            public List<float[]> embed(List<String> texts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String modelName() {
                return "m";
            }
        };
    }

    /** Passage i of article i % 7, each with a unit vector near one of a few directions. */
    private static List<PassageProfile> profiles(int n, Random random) {
        return MeaningNeighboursTest.profiles(n, 384, random, true);
    }

    private static PassageProfile withText(PassageProfile p, String text) {
        Passage old = p.passage;
        return copy(p, p.index, p.articleIndex, new Passage(old.id(), old.articleId(), old.index(), old.range(), text, false));
    }

    private static PassageProfile copy(PassageProfile p, int index, int articleIndex, Passage passage) {
        PassageProfile out = new PassageProfile(index, articleIndex, p.order, passage, List.of(), "x", null);
        out.vector = p.vector;
        return out;
    }
}
