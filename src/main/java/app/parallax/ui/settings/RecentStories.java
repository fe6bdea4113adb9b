package app.parallax.ui.settings;

import java.util.Map;
import java.util.LinkedHashMap;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The File ▸ Open Recent list: the paths of the stories opened last, newest first, each story once.
 * Pure list work, plus a blocking existence check for the io thread. No JavaFX.
 */
public final class RecentStories {

    static final int LIMIT = 5;

    private RecentStories() {
    }

    /** {@code story} moved (or added) to the front of {@code recent}, keeping at most {@link #LIMIT}. */
    public static List<List<String>> add(List<List<String>> recent, List<String> story) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.copyOf(story));
        recent.stream().filter(s -> !s.equals(story)).forEach(out::add);
        return clean(out);
    }

    /** Drops null and empty entries and null paths, and keeps the first {@link #LIMIT}; null gives empty. */
    public static List<List<String>> clean(List<List<String>> recent) {
        if (recent == null) {
            return List.of();
        }
        return recent.stream().filter(Objects::nonNull)
                .map(s -> s.stream().filter(Objects::nonNull).toList())
                .filter(s -> !s.isEmpty()).distinct().limit(LIMIT).toList();
    }

    /** The stories of which some path no longer exists. Blocking: touches the file system. */
    public static Set<List<String>> missing(List<List<String>> recent) {
        return recent.stream().filter(s -> !s.stream().allMatch(RecentStories::exists)).collect(Collectors.toSet());
    }

    /** Longest title kept for a recent story. */
    static final int TITLE_LIMIT = 120;

    /** The key of a story's title in {@link Settings#recentTitles()}: its paths, one a line. */
    public static String key(List<String> story) {
        return String.join("\n", story);
    }

    /** The titles of {@code recent}'s stories found in {@code titles}, blank ones dropped and long ones cut; null gives empty. */
    public static Map<String, String> titlesOf(List<List<String>> recent, Map<String, String> titles) {
        if (titles == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> story : recent) {
            String title = titles.get(key(story));
            if (title != null && !title.isBlank()) {
                String one = title.strip().replaceAll("\\s+", " ");
                out.put(key(story), one.length() > TITLE_LIMIT ? one.substring(0, TITLE_LIMIT - 1) + "…" : one);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The paths to remember for a story opened from {@code given}: absolute, so that Open Recent
     * finds them from another working folder, and without those that gave nothing but a problem
     * (a binary, empty or image file).
     *
     * @param unreadable the sources that could not be read, as the loader named them
     */
    public static List<String> remembered(List<Path> given, Set<String> unreadable) {
        return given.stream().filter(p -> !unreadable.contains(p.toString()))
                .map(p -> p.toAbsolutePath().normalize().toString()).distinct().toList();
    }

    /** A menu label: the story's title when known, else the first file or folder name, and how many more. */
    public static String label(List<String> story, String title) {
        return title == null || title.isBlank() ? label(story) : title;
    }

    /** A menu label: the first file or folder name, and how many more. */
    public static String label(List<String> story) {
        String first = name(story.get(0));
        return story.size() == 1 ? first : first + " and " + (story.size() - 1) + " more";
    }

    private static String name(String path) {
        try {
            Path p = Path.of(path);
            return p.getFileName() == null ? path : p.getFileName() + " — " + Objects.toString(p.getParent(), "");
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
