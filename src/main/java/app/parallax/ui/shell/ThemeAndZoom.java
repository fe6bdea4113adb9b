package app.parallax.ui.shell;

import app.parallax.ui.settings.Settings;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The look: light or dark palette sheet (the only thing a theme swaps) and the zoom, which scales
 * the whole window (menus, panels, matrix, legend) as well as the article text.
 */
final class ThemeAndZoom {

    static final double BASE_FONT = 14;
    /** The window's own text (menus, panels, matrix, legend) at zoom 1, Modena's size. */
    static final double UI_FONT = 13;
    private static final String READER_CSS = css("reader.css");

    private String theme;
    private double zoom;
    private Scene scene;
    private Node text;
    private Runnable onChange = () -> { };
    private Node window;

    ThemeAndZoom(String theme, double zoom) {
        this.theme = "dark".equals(theme) ? "dark" : "light";
        this.zoom = zoom;
    }

    /** Styles {@code scene}; {@code window} gets the zoomed UI size, {@code text} the zoomed reading size. */
    void attach(Scene scene, Node window, Node text) {
        this.scene = scene;
        this.window = window;
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
        window.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", UI_FONT * zoom));
        text.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * zoom));
        zoomListeners.forEach(Runnable::run);
    }

    private final java.util.List<Runnable> zoomListeners = new java.util.ArrayList<>();

    /** Runs after every theme or zoom change, e.g. to keep the clicked claim level. */
    void onChange(Runnable action) {
        zoomListeners.add(action);
    }

    private static String css(String name) {
        return Objects.requireNonNull(ThemeAndZoom.class.getResource("/app/parallax/ui/" + name), name).toExternalForm();
    }
}
