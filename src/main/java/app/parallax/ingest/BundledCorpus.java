package app.parallax.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example story packed inside the jar, unpacked to a temporary folder when the app runs
 * somewhere without a {@code corpus/} folder.
 */
final class BundledCorpus {

    private BundledCorpus() {
    }

    static Path unpack() throws IngestException {
        URL url = BundledCorpus.class.getResource("/" + Ingest.CORPUS_FOLDER);
        if (url == null) {
            throw new IngestException(Ingest.CORPUS_FOLDER, "no corpus folder here and none bundled in the application");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            Path target = Files.createTempDirectory("parallax-corpus");
            try (FileSystem jar = openJar(uri)) {
                copyTree(jar.getPath("/" + Ingest.CORPUS_FOLDER), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new IngestException(Ingest.CORPUS_FOLDER, "bundled corpus cannot be unpacked (" + e.getMessage() + ")", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
