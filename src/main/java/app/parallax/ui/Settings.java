package app.parallax.ui;

import java.util.List;

/**
 * What the reader remembers between runs.
 *
 * @param width     window width
 * @param height    window height
 * @param theme     "light" or "dark"
 * @param zoom      text scale, 1 = normal
 * @param lastStory the files or folders last opened; empty for the example story
 */
public record Settings(double width, double height, String theme, double zoom, List<String> lastStory) {

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;

    public Settings {
        width = width < 400 ? 1400 : width;
        height = height < 300 ? 900 : height;
        theme = "dark".equals(theme) ? "dark" : "light";
        zoom = zoom <= 0 ? 1 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        lastStory = lastStory == null ? List.of() : List.copyOf(lastStory);
    }

    public static Settings defaults() {
        return new Settings(1400, 900, "light", 1, List.of());
    }

    public Settings withSize(double w, double h) {
        return new Settings(w, h, theme, zoom, lastStory);
    }

    public Settings withTheme(String t) {
        return new Settings(width, height, t, zoom, lastStory);
    }

    public Settings withZoom(double z) {
        return new Settings(width, height, theme, z, lastStory);
    }

    public Settings withLastStory(List<String> paths) {
        return new Settings(width, height, theme, zoom, paths);
    }
}
