package app.parallax.export;

import app.parallax.ingest.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a file to be written before any work is done: an output must not be one of the inputs
 * (writing it would destroy an article), and must be replaceable (see {@link SafeOutput}). Two
 * outputs naming the same file are refused too. Used by {@code compare} and the reader's export.
 */
public final class OutputTargets {

    private static final int FOLDER_DEPTH = 2;

    private OutputTargets() {
    }

    /**
     * The problem with writing {@code output}, as one line naming the file(s), or empty when it can
     * be written.
     *
     * @param output the file to write
     * @param inputs the paths given to read (files or folders)
     * @param others the other outputs already accepted
     * @return a line such as "out.json: refusing to write over the input file b.txt"
     */
    public static Optional<String> problem(Path output, List<Path> inputs, List<Path> others) {
        try {
            SafeOutput.check(output);
            Path file = SafeOutput.resolve(output);
            for (Path input : inputFiles(inputs)) {
                if (sameFile(file, input)) {
                    return Optional.of(output + ": refusing to write over the input file " + input);
                }
            }
            for (Path other : others) {
                if (SafeOutput.resolve(other).equals(file) || sameFile(file, other)) {
                    return Optional.of(output + ": the same file is given for two outputs (" + other + ")");
                }
            }
            return Optional.empty();
        } catch (ExportException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The given files, and the files a given folder (or a story folder inside it) may be read from. */
    private static List<Path> inputFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input, FOLDER_DEPTH)) {
                    walk.filter(Files::isRegularFile).filter(OutputTargets::readable).forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder is reported by ingest; nothing in it can be overwritten by mistake here
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** An article the folder's story reads (the reader's own list of types), its sidecar, or its notes. */
    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        return Ingest.isArticleFileName(name) || name.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
