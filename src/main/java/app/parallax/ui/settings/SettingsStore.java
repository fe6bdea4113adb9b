package app.parallax.ui.settings;

import app.parallax.export.ExportException;
import app.parallax.export.SafeOutput;
import app.parallax.ingest.PlainFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
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

    /** Largest settings file read (a real one is under 10 KB). */
    static final int MAX_BYTES = 1024 * 1024;
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
        Optional<byte[]> bytes;
        try {
            bytes = PlainFile.read(file, MAX_BYTES);
        } catch (PlainFile.Refused e) {
            return new Loaded(Settings.defaults(), Optional.of("Settings file " + file + ": " + e.getMessage()
                    + "; the defaults are used."));
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of("Settings file " + file + " cannot be read ("
                    + e.getMessage() + "); the defaults are used."));
        }
        if (bytes.isEmpty()) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        return parse(bytes.get());
    }

    private Loaded parse(byte[] bytes) {
        try {
            Raw raw = mapper.readValue(bytes, Raw.class);
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
                            + "); they were corrected", bytes)));
        } catch (IOException | RuntimeException e) {
            String reason = Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(""))
                    .orElse(e.getClass().getSimpleName());
            return new Loaded(Settings.defaults(), Optional.of(damaged("cannot be read (" + reason
                    + "); the defaults are used", bytes)));
        }
    }

    /** Replaces the saved settings, atomically. @throws IOException naming the file when it cannot be written */
    public synchronized void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            SafeOutput.writeOwn(file, out -> mapper.writeValue(out, settings));
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

    private String damaged(String what, byte[] bytes) {
        Path copy = file.resolveSibling(DAMAGED);
        String kept;
        try {
            if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                kept = "an earlier damaged copy is kept as " + copy.getFileName();
            } else {
                // CREATE_NEW never follows a link planted at the copy's name
                Files.write(copy, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                kept = "it was kept as " + copy.getFileName();
            }
        } catch (IOException e) {
            kept = "it could not be copied aside (" + e.getMessage() + ")";
        }
        return "Settings file " + file + " " + what + ", and " + kept + ".";
    }
}
