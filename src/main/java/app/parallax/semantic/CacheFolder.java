package app.parallax.semantic;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a folder of the user cache can hold the model's unpacked files, said in one line when it
 * cannot (a file in its place, read-only, no permission), so that the native libraries' own
 * loaders never print a stack trace for it; and a temporary stand-in, removed at exit.
 */
final class CacheFolder {

    private CacheFolder() {
    }

    /** Why {@code folder} cannot be created or written, in a few words; empty when it can. */
    static Optional<String> problem(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder) ? Optional.empty() : Optional.of(folder + " is read-only");
        } catch (FileSystemException e) {
            return Optional.of(e.getFile() + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException | SecurityException e) {
            return Optional.of(folder + ": " + e.getMessage());
        }
    }

    /** A new temporary folder, deleted with its contents when the JVM exits. */
    static Path temporary() throws IOException {
        Path temp = Files.createTempDirectory("parallax-model-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(temp), "parallax-model-cleanup"));
        return temp;
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort at exit
        }
    }
}
