package app.parallax.ui.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the reader remembers between runs. Every value is validated: a window size that is not a
 * finite number between {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} and
 * {@value #MAX_SIZE}×{@value #MAX_SIZE} is replaced (too small or not a number by the default,
 * too large by the maximum), zoom is kept within {@value #MIN_ZOOM}–{@value #MAX_ZOOM} (not a
 * number gives 1), an unknown theme gives "light", and missing story paths are dropped.
 *
 * @param width     window width
 * @param height    window height
 * @param theme     "light" or "dark"
 * @param zoom      text scale, 1 = normal
 * @param lastStory the files or folders last opened; empty for the example story
 * @param recentStories the stories opened last, newest first, at most {@value RecentStories#LIMIT}
 * @param syncScrolling whether the other columns follow the one the user scrolls (View ▸ Synchronise Scrolling)
 * @param recentTitles the title of each recent story, keyed by {@link RecentStories#key(List)}; titles of
 *                     stories not in {@code recentStories} are dropped, long ones cut
 */
public record Settings(double width, double height, String theme, double zoom, List<String> lastStory,
                       List<List<String>> recentStories, boolean syncScrolling, Map<String, String> recentTitles) {

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;
    public static final double MIN_WIDTH = 400;
    public static final double MIN_HEIGHT = 300;
    /** Largest window side remembered; the window is further fitted to the screen when shown. */
    public static final double MAX_SIZE = 16384;

    public Settings {
        width = size(width, MIN_WIDTH, 1400);
        height = size(height, MIN_HEIGHT, 900);
        theme = "dark".equals(theme) ? "dark" : "light";
        zoom = Double.isNaN(zoom) || zoom <= 0 ? 1 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        lastStory = lastStory == null ? List.of() : lastStory.stream().filter(Objects::nonNull).toList();
        recentStories = RecentStories.clean(recentStories);
        recentTitles = RecentStories.titlesOf(recentStories, recentTitles);
    }

    /** Settings without titles for the recent stories (as saved before Open Recent named stories by title). */
    public Settings(double width, double height, String theme, double zoom, List<String> lastStory,
                    List<List<String>> recentStories, boolean syncScrolling) {
        this(width, height, theme, zoom, lastStory, recentStories, syncScrolling, Map.of());
    }

    /** Settings without recent stories (as saved before the File menu listed them). */
    public Settings(double width, double height, String theme, double zoom, List<String> lastStory) {
        this(width, height, theme, zoom, lastStory, List.of());
    }

    /** Settings with synchronised scrolling on, the default (as saved before it could be switched off). */
    public Settings(double width, double height, String theme, double zoom, List<String> lastStory,
                    List<List<String>> recentStories) {
        this(width, height, theme, zoom, lastStory, recentStories, true);
    }

    private static double size(double value, double min, double fallback) {
        if (Double.isNaN(value) || value < min) {
            return fallback;
        }
        return Math.min(value, MAX_SIZE);
    }

    public static Settings defaults() {
        return new Settings(1400, 900, "light", 1, List.of());
    }

    public Settings withSize(double w, double h) {
        return new Settings(w, h, theme, zoom, lastStory, recentStories, syncScrolling, recentTitles);
    }

    public Settings withTheme(String t) {
        return new Settings(width, height, t, zoom, lastStory, recentStories, syncScrolling, recentTitles);
    }

    public Settings withZoom(double z) {
        return new Settings(width, height, theme, z, lastStory, recentStories, syncScrolling, recentTitles);
    }

    public Settings withLastStory(List<String> paths) {
        return new Settings(width, height, theme, zoom, paths, recentStories, syncScrolling, recentTitles);
    }

    public Settings withRecentStories(List<List<String>> stories) {
        return new Settings(width, height, theme, zoom, lastStory, stories, syncScrolling, recentTitles);
    }

    public Settings withRecentTitles(Map<String, String> titles) {
        return new Settings(width, height, theme, zoom, lastStory, recentStories, syncScrolling, titles);
    }

    public Settings withSyncScrolling(boolean on) {
        return new Settings(width, height, theme, zoom, lastStory, recentStories, on, recentTitles);
    }
}
