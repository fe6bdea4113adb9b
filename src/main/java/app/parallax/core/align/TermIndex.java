package app.parallax.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from content terms to the passages that use them, with inverse document
 * frequencies. It proposes candidate partners for a passage from the rarest terms it shares with
 * them, so the aligner never scores every pair of sentences.
 */
final class TermIndex {

    /** IDF above which a term is rare: used by about a twentieth of the passages or fewer. */
    static final double RARE_IDF = 3.0;
    /**
     * A term used by more passages than this never proposes candidates, whatever the story's size,
     * so that the work per passage stays bounded on huge inputs.
     */
    private static final int MAX_POSTINGS = 400;
    private final List<PassageProfile> profiles;
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final int commonCutoff;
    /** Each passage's article, by passage index. */
    private final int[] articleOf;

    TermIndex(List<PassageProfile> profiles) {
        this.profiles = profiles;
        Map<String, List<Integer>> lists = new HashMap<>();
        for (PassageProfile p : profiles) {
            for (String t : p.terms) {
                lists.computeIfAbsent(t, k -> new ArrayList<>()).add(p.index);
            }
        }
        int n = profiles.size();
        lists.forEach((t, l) -> {
            postings.put(t, l.stream().mapToInt(Integer::intValue).toArray());
            idf.put(t, Math.log(1.0 + (double) n / l.size()));
        });
        for (PassageProfile p : profiles) {
            double sum = 0;
            for (String t : p.terms) {
                sum += idf.get(t) * idf.get(t);
            }
            p.norm = Math.sqrt(sum);
            p.weighed = new Weighed(p, idf);
        }
        this.commonCutoff = Math.min(MAX_POSTINGS, Math.max(12, n / 8));
        this.articleOf = profiles.stream().mapToInt(p -> p.articleIndex).toArray();
    }

    /**
     * One passage's terms as the index weighs them, made once with the index, since every pair the
     * passage is compared in reads them: its terms in the order of {@link PassageProfile#terms}
     * with their squared IDF, its rare terms ({@link #sharedRareTerms}) and its slot terms, and
     * the IDF of each of its fact words ({@link PassageProfile#factContent}, by place there) with
     * their sum in that order, as coverage sums them.
     */
    static final class Weighed {
        final String[] terms;
        final double[] squares;
        final String[] rare;
        final String[] slots;
        final double[] factIdf;
        final double factIdfSum;

        private Weighed(PassageProfile p, Map<String, Double> idf) {
            this.terms = p.terms.toArray(String[]::new);
            this.squares = new double[terms.length];
            for (int k = 0; k < terms.length; k++) {
                double w = idf.get(terms[k]);
                squares[k] = w * w;
            }
            this.rare = p.terms.stream().filter(t -> idf.get(t) > RARE_IDF && !isSlot(t)).toArray(String[]::new);
            this.slots = p.terms.stream().filter(TermIndex::isSlot).toArray(String[]::new);
            this.factIdf = new double[p.factContent.length];
            double sum = 0;
            for (int k = 0; k < factIdf.length; k++) {
                factIdf[k] = idfOf(idf, p.tokens.get(p.factContent[k]).term());
                sum += factIdf[k];
            }
            this.factIdfSum = sum;
        }
    }

    private static boolean isSlot(String term) {
        return term.startsWith(PassageProfile.SLOT_PREFIX);
    }

    /**
     * Cosine similarity of the two passages' IDF-weighted term sets, in [0, 1]. Slot terms are
     * compared as slots: a value without its twin on the other side pairs with an unpaired value of
     * the same kind there, as if they matched.
     */
    double cosine(PassageProfile a, PassageProfile b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        PassageProfile small = a.terms.size() <= b.terms.size() ? a : b;
        PassageProfile large = small == a ? b : a;
        double dot = 0;
        boolean slots = false;
        Weighed mine = small.weighed;
        for (int k = 0; k < mine.terms.length; k++) {
            if (large.terms.contains(mine.terms[k])) {
                dot += mine.squares[k];
            } else if (isSlot(mine.terms[k])) {
                slots = true;
            }
        }
        if (slots) {
            dot += unpairedSlotDot(small, large);
        }
        return Math.min(1.0, dot / (a.norm * b.norm));
    }

    private double unpairedSlotDot(PassageProfile small, PassageProfile large) {
        Map<String, List<Double>> mine = unpairedSlotWeights(small, large);
        Map<String, List<Double>> theirs = unpairedSlotWeights(large, small);
        double dot = 0;
        for (Map.Entry<String, List<Double>> e : mine.entrySet()) {
            List<Double> other = theirs.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < Math.min(e.getValue().size(), other.size()); i++) {
                dot += e.getValue().get(i) * other.get(i);
            }
        }
        return dot;
    }

    /** IDF weights of p's slot terms that q lacks, by slot kind. */
    private Map<String, List<Double>> unpairedSlotWeights(PassageProfile p, PassageProfile q) {
        Map<String, List<Double>> out = new HashMap<>();
        for (String t : p.weighed.slots) {
            if (!q.terms.contains(t)) {
                out.computeIfAbsent(t.substring(0, t.indexOf(':')), k -> new ArrayList<>()).add(idf.get(t));
            }
        }
        return out;
    }

    /** The IDF of a content term; a term the index never saw (a slot word) counts as fairly rare. */
    double idfOf(String term) {
        return idfOf(idf, term);
    }

    private static double idfOf(Map<String, Double> idf, String term) {
        Double w = idf.get(term);
        return w != null ? w : UNSEEN_IDF;
    }

    private static final double UNSEEN_IDF = 2.0;

    /** How many terms the passages share that few passages use (IDF above {@link #RARE_IDF}). */
    int sharedRareTerms(PassageProfile a, PassageProfile b) {
        int n = 0;
        for (String t : a.weighed.rare) {
            if (b.terms.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Passages of other articles sharing at least one not-too-common term with {@code p}, best
     * first by the summed weight of shared rare terms; at most {@code limit}.
     */
    int[] candidates(PassageProfile p, int limit) {
        Scratch scratch = spare.poll();
        if (scratch == null) {
            scratch = new Scratch(new double[profiles.size()], new int[profiles.size()]);
        }
        int[] out = candidates(p, limit, scratch.acc, scratch.touched);
        spare.offer(scratch);
        return out;
    }

    /** {@link #candidates(PassageProfile, int)} in working arrays; {@code acc} is all zeros before and after. */
    private int[] candidates(PassageProfile p, int limit, double[] acc, int[] touched) {
        int count = 0;
        Weighed mine = p.weighed;
        for (int k = 0; k < mine.terms.length; k++) {
            int[] list = postings.get(mine.terms[k]);
            if (list.length > commonCutoff) {
                continue;
            }
            double w = mine.squares[k];
            for (int other : list) {
                if (articleOf[other] != p.articleIndex) {
                    if (acc[other] == 0) {
                        touched[count++] = other;
                    }
                    acc[other] += w;
                }
            }
        }
        int[] best = new int[Math.min(limit, count)];
        int size = 0;
        for (int k = 0; k < count; k++) {
            int id = touched[k];
            if (size == best.length && !before(id, best[size - 1], acc)) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && before(id, best[at - 1], acc)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = id;
        }
        for (int k = 0; k < count; k++) {
            acc[touched[k]] = 0;
        }
        return best;
    }

    /**
     * Working arrays for {@link #candidates}, a slot per passage, lent to one call at a time: every
     * passage asks for its candidates, and a fresh pair of arrays each time made most of a big
     * story's garbage. {@code acc} is all zeros between calls.
     */
    private record Scratch(double[] acc, int[] touched) {
    }

    /** Scratch arrays not lent out: at most one a thread that asked at once, dropped with the index. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Higher accumulated weight first, lower index on a tie, so the candidates never depend on hashing. */
    private static boolean before(int x, int y, double[] acc) {
        return acc[x] > acc[y] || (acc[x] == acc[y] && x < y);
    }

}
