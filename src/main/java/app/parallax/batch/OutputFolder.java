package app.parallax.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guards the batch's OUTPUT folder: an existing one is refused unless {@code --overwrite}, and
 * even then only when it is empty or was written by an earlier batch (it holds
 * {@value #MARKER}), so a mistyped path never deletes someone's files. A symbolic link is never
 * written through, and OUTPUT may not lie inside INPUT or hold it.
 */
final class OutputFolder {

    /** Written last into a finished OUTPUT: the run's summary, and the proof it is a batch output. */
    static final String MARKER = "_parallax-batch.json";

    private OutputFolder() {
    }

    /** Why OUTPUT cannot be written, or empty when it can. */
    static Optional<String> problem(Path input, Path output, boolean overwrite) {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(output)) {
            return Optional.of(output + ": is a symbolic link; refusing to write through it");
        }
        if (out.startsWith(in) || in.startsWith(out)) {
            return Optional.of(output + ": OUTPUT must not be inside INPUT or hold it");
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!overwrite) {
            return Optional.of(output + ": exists already; give --overwrite to replace it");
        }
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(output + ": exists and is not a folder; not replaced");
        }
        if (!Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            return Optional.of(output + ": is not the output of an earlier batch (no " + MARKER + "); not replaced");
        }
        return Optional.empty();
    }

    /** Deletes an earlier output that {@link #problem} allowed to replace (links are removed, not followed). */
    static void clear(Path output) throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(output)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void writeMarker(Path output, String json) throws IOException {
        Path tmp = output.resolve(MARKER + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, output.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
