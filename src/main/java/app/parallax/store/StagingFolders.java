package app.parallax.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hidden folders a story is written into before it is moved into place
 * ({@code .NAME.part-PID-N}): those a process that no longer runs left behind are removed, and
 * a finished one gets the mode a new folder normally gets (0777 less the umask), not the 0700 of
 * temporary folders.
 */
final class StagingFolders {

    private StagingFolders() {
    }

    /** Removes {@code prefix}PID-… folders in {@code parent} whose process is gone. Best effort. */
    static void removeStale(Path parent, String prefix) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path part : parts) {
                String rest = part.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                if (dash > 0 && isGone(rest.substring(0, dash)) && Files.isDirectory(part, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder that cannot be listed fails the save itself with a clear reason
        }
    }

    private static boolean isGone(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Gives {@code folder} the mode of a folder made the usual way beside it (umask applied). */
    static void giveUsualMode(Path folder) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Path probe = Files.createDirectory(folder.resolveSibling(folder.getFileName() + ".mode"));
        try {
            Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
            view.setPermissions(usual);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** Deletes a folder and what it holds, never following a link. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
