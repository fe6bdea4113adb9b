package app.parallax.cli;

import app.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Larger inputs for the benchmark, made from the sentences of a real story: each synthetic article
 * samples sentences in a random order and drops a word from some of them, so articles overlap
 * partly and in different places, as real coverage of one event does. Seeded: every run measures
 * the same texts.
 */
final class BenchStories {

    private final List<String> sentences;
    private final Random random = new Random(20230320L);

    /** @param sentences the source sentences; at least one */
    BenchStories(List<String> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to build benchmark articles from");
        }
        this.sentences = List.copyOf(sentences);
    }

    /** {@code count} articles of {@code sentencesEach} sentences, in paragraphs of three. */
    List<Article> articles(int count, int sentencesEach) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> picked = new ArrayList<>();
            for (int s = 0; s < sentencesEach; s++) {
                picked.add(perturb(sentences.get(random.nextInt(sentences.size()))));
            }
            out.add(article("bench-" + (i + 1), picked));
        }
        return out;
    }

    /** {@code count} articles of at least {@code words} words each. */
    List<Article> longArticles(int count, int words) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> picked = new ArrayList<>();
            int total = 0;
            while (total < words) {
                List<String> round = new ArrayList<>(sentences);
                Collections.shuffle(round, random);
                for (String s : round) {
                    if (total >= words) {
                        break;
                    }
                    String p = perturb(s);
                    picked.add(p);
                    total += p.split("\\s+").length;
                }
            }
            out.add(article("long-" + (i + 1), picked));
        }
        return out;
    }

    private String perturb(String sentence) {
        String[] words = sentence.split(" ");
        if (words.length < 6 || random.nextInt(3) != 0) {
            return sentence;
        }
        int drop = 1 + random.nextInt(words.length - 2);
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(drop);
        return String.join(" ", kept);
    }

    private static Article article(String id, List<String> sentences) {
        StringBuilder text = new StringBuilder("Benchmark article ").append(id).append("\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return new Article(id, id, id, "Benchmark article " + id, "", text.toString().strip() + "\n");
    }
}
