package app.parallax.ui.settings;

import app.parallax.export.ExportException;
import app.parallax.export.SafeOutput;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@link Settings} as {@code settings.json} in a folder (by default
 * {@code ~/.parallax}). A file that cannot be read, or holds values out of range, gives the
 * valid values and defaults for the rest, is copied aside once as {@code settings.json.damaged}
 * (an earlier copy is kept, never replaced) and yields a sentence for the user. Writes go through
 * {@link SafeOutput}. Blocking; no JavaFX.
 */
public final class SettingsStore {

    /** Name of the copy a damaged settings file is kept as. */
    public static final String DAMAGED = "settings.json.damaged";

    /** What loading found: the settings to use, and a sentence for the user if the file was damaged. */
    public record Loaded(Settings settings, Optional<String> problem) {
        public Loaded {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The file as written, before validation; absent values are null. */
    record Raw(Double width, Double height, String theme, Double zoom, List<String> lastStory,
               List<List<String>> recentStories, Boolean syncScrolling, Map<String, String> recentTitles) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    /** {@code ~/.parallax}, from the {@code user.home} system property. */
    public static SettingsStore inUserHome() {
        return new SettingsStore(Path.of(System.getProperty("user.home"), ".parallax"));
    }

    /** The settings to use; defaults when there is no file or it is damaged. */
    public Settings load() {
        return loadChecked().settings();
    }

    /** The settings to use and, when the file was damaged or out of range, what the user is told. */
    public synchronized Loaded loadChecked() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            Raw raw = mapper.readValue(file.toFile(), Raw.class);
            if (raw == null) {
                throw new IOException("empty");
            }
            Settings d = Settings.defaults();
            Settings s = new Settings(or(raw.width(), d.width()), or(raw.height(), d.height()),
                    raw.theme() == null ? d.theme() : raw.theme(), or(raw.zoom(), d.zoom()), raw.lastStory(),
                    raw.recentStories(), raw.syncScrolling() == null ? d.syncScrolling() : raw.syncScrolling(),
                    raw.recentTitles());
            List<String> changed = changed(raw, s);
            return new Loaded(s, changed.isEmpty() ? Optional.empty()
                    : Optional.of(damaged("had values out of range (" + String.join(", ", changed)
                            + "); they were corrected")));
        } catch (IOException | RuntimeException e) {
            String reason = Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(""))
                    .orElse(e.getClass().getSimpleName());
            return new Loaded(Settings.defaults(), Optional.of(damaged("cannot be read (" + reason
                    + "); the defaults are used")));
        }
    }

    /** Replaces the saved settings, atomically. @throws IOException naming the file when it cannot be written */
    public synchronized void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            SafeOutput.write(file, out -> mapper.writeValue(out, settings));
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> changed(Raw raw, Settings s) {
        List<String> out = new ArrayList<>();
        if (raw.width() != null && raw.width() != s.width()) {
            out.add("width " + raw.width());
        }
        if (raw.height() != null && raw.height() != s.height()) {
            out.add("height " + raw.height());
        }
        if (raw.theme() != null && !raw.theme().equals(s.theme())) {
            out.add("theme " + raw.theme());
        }
        if (raw.zoom() != null && raw.zoom() != s.zoom()) {
            out.add("zoom " + raw.zoom());
        }
        return out;
    }

    private String damaged(String what) {
        Path copy = file.resolveSibling(DAMAGED);
        String kept;
        try {
            if (Files.exists(copy)) {
                kept = "an earlier damaged copy is kept as " + copy.getFileName();
            } else {
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                kept = "it was kept as " + copy.getFileName();
            }
        } catch (IOException e) {
            kept = "it could not be copied aside (" + e.getMessage() + ")";
        }
        return "Settings file " + file + " " + what + ", and " + kept + ".";
    }
}
