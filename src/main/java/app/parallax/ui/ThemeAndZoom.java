package app.parallax.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The look: light or dark palette sheet (the only thing a theme swaps) and the text zoom of the
 * article columns.
 */
final class ThemeAndZoom {

    static final double BASE_FONT = 14;
    private static final String READER_CSS = css("reader.css");

    private String theme;
    private double zoom;
    private Scene scene;
    private Node text;
    private Runnable onChange = () -> { };

    ThemeAndZoom(String theme, double zoom) {
        this.theme = "dark".equals(theme) ? "dark" : "light";
        this.zoom = zoom;
    }

    void attach(Scene scene, Node text) {
        this.scene = scene;
        this.text = text;
        apply();
    }

    /** Called after every change of theme or zoom (on the FX thread). */
    void setOnChange(Runnable action) {
        onChange = Objects.requireNonNull(action, "action");
    }

    String theme() {
        return theme;
    }

    double zoom() {
        return zoom;
    }

    void setTheme(String name) {
        theme = Objects.equals(name, "dark") ? "dark" : "light";
        apply();
    }

    void zoomBy(double factor) {
        setZoom(zoom * factor);
    }

    void setZoom(double z) {
        zoom = Math.max(Settings.MIN_ZOOM, Math.min(Settings.MAX_ZOOM, z));
        apply();
    }

    private void apply() {
        if (scene == null) {
            return;
        }
        onChange.run();
        scene.getStylesheets().setAll(READER_CSS, css("palette-" + theme + ".css"));
        text.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * zoom));
    }

    private static String css(String name) {
        return Objects.requireNonNull(ThemeAndZoom.class.getResource(name), name).toExternalForm();
    }
}
