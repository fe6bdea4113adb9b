package app.parallax.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link Settings} as {@code settings.json} in a folder (by default
 * {@code ~/.parallax}); unreadable settings give the defaults. Blocking; no JavaFX.
 */
public final class SettingsStore {

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    /** {@code ~/.parallax}, from the {@code user.home} system property. */
    public static SettingsStore inUserHome() {
        return new SettingsStore(Path.of(System.getProperty("user.home"), ".parallax"));
    }

    public Settings load() {
        try {
            return Files.isRegularFile(file) ? mapper.readValue(file.toFile(), Settings.class) : Settings.defaults();
        } catch (IOException | RuntimeException e) {
            System.getLogger(SettingsStore.class.getName())
                    .log(System.Logger.Level.WARNING, "settings unreadable, using defaults: " + e.getMessage());
            return Settings.defaults();
        }
    }

    public synchronized void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            mapper.writeValue(temp.toFile(), settings);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
