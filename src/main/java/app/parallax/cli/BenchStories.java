package app.parallax.cli;

import app.parallax.core.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic news for the benchmark, built for what each case measures: every sentence is unique
 * (made from a seeded grammar of invented names, places, actions, days and numbers), and articles
 * report overlapping sets of events in their own words, in different orders, so that a comparison
 * has real work to do. Seeded: every run measures the same texts. Nothing here is taken from the
 * bundled story.
 */
public final class BenchStories {

    private static final String[] SYLLABLES = {"ka", "ren", "dor", "vel", "mi", "tos", "bar", "lin", "qu", "ost",
        "an", "er", "ul", "sha", "pe", "gri", "mon", "tev", "ash", "ou"};
    private static final String[] ROLES = {"mayor", "minister", "spokeswoman", "police chief", "union leader",
        "governor", "prosecutor", "fire chief", "senator", "health official"};
    private static final String[][] ACTIONS = {{"announced", "unveiled"}, {"criticised", "condemned"},
        {"approved", "signed off on"}, {"postponed", "delayed"}, {"inspected", "toured"}, {"defended", "backed"},
        {"rejected", "turned down"}, {"promised", "pledged"}};
    private static final String[] THINGS = {"budget", "bridge repairs", "housing plan", "curfew", "water tariff",
        "school closures", "rail strike", "flood defences", "hospital merger", "port expansion", "tax rebate",
        "election timetable"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] CLOSERS = {"after a long meeting", "in a statement", "at a news conference",
        "during a visit", "in an interview", "before a crowd of supporters"};

    private final Random random = new Random(20230320L);
    private final Set<String> used = new HashSet<>();

    /**
     * {@code count} articles of {@code sentencesEach} sentences, in paragraphs of three; about half
     * of each article's sentences report events other articles report too.
     */
    public List<Article> articles(int count, int sentencesEach) {
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < count * sentencesEach / 2; i++) {
            events.add(event());
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> picked = new ArrayList<>();
            while (picked.size() < sentencesEach) {
                String s = random.nextBoolean() ? tell(events.get(random.nextInt(events.size()))) : tell(event());
                if (used.add(s)) {
                    picked.add(s);
                }
            }
            out.add(article("bench-" + (i + 1), picked));
        }
        return out;
    }

    /** {@code count} articles of at least {@code words} words each, reporting partly the same events. */
    List<Article> longArticles(int count, int words) {
        int sentences = words / 14 + 1;
        return articles(count, sentences).stream()
                .map(a -> new Article("long-" + a.id().substring(6), a.source(), "long-" + a.id().substring(6),
                        a.title(), a.date(), a.text()))
                .toList();
    }

    /** One event: who, their role, what they did, to what, where, when and how many. */
    private String[] event() {
        return new String[] {name() + " " + name(), pick(ROLES), Integer.toString(random.nextInt(ACTIONS.length)),
            pick(THINGS), name() + (random.nextBoolean() ? "ville" : " City"), pick(DAYS),
            Integer.toString(2 + random.nextInt(4000))};
    }

    /** The event told in one of several ways, with varying detail. */
    private String tell(String[] e) {
        String[] verbs = ACTIONS[Integer.parseInt(e[2])];
        String verb = verbs[random.nextInt(verbs.length)];
        return switch (random.nextInt(3)) {
            case 0 -> "The " + e[1] + " of " + e[4] + ", " + e[0] + ", " + verb + " the " + e[3] + " on " + e[5]
                    + " " + pick(CLOSERS) + ".";
            case 1 -> "On " + e[5] + ", " + e[4] + "'s " + e[1] + " " + verb + " the " + e[3] + ", which affects "
                    + e[6] + " residents.";
            default -> e[0] + ", the " + e[1] + ", " + verb + " the " + e[3] + " in " + e[4] + " " + pick(CLOSERS)
                    + ", officials said.";
        };
    }

    private String name() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            sb.append(pick(SYLLABLES));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * Writes {@code count} articles of {@code sentencesEach} sentences as text files into {@code dir}
     * (created if missing), as a story folder the reader opens.
     *
     * @return the folder
     * @throws IOException if a file cannot be written
     */
    public static Path writeStory(Path dir, int count, int sentencesEach) throws IOException {
        Files.createDirectories(dir);
        for (Article a : new BenchStories().articles(count, sentencesEach)) {
            Files.writeString(dir.resolve(a.id() + ".txt"), a.text());
        }
        return dir;
    }

    /** The stories the reader's hidden {@code --stall-report} mode is measured on: 9 and 60 articles of 40 sentences. */
    static List<Path> writeReaderStories(Path dir) throws IOException {
        return List.of(writeStory(dir.resolve("nine"), 9, 40), writeStory(dir.resolve("sixty"), 60, 40));
    }

    private static Article article(String id, List<String> sentences) {
        StringBuilder text = new StringBuilder("Benchmark article ").append(id).append("\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return new Article(id, id, id, "Benchmark article " + id, "", text.toString().strip() + "\n");
    }
}
