package app.parallax.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an article was read from, kept so that a story can be saved as a folder that reopens
 * offline: the file, the downloaded page with its fetch time, or pasted text.
 *
 * @param kind      file, link or paste
 * @param location  the file's path, the link as given, or "pasted text"
 * @param file      the file read, for files
 * @param page      the page as downloaded, for links
 * @param fetchedAt when the page was downloaded (for links, or files saved from a link)
 */
public record Origin(Kind kind, String location, Optional<Path> file, Optional<FetchedPage> page,
                     Optional<Instant> fetchedAt) {

    /** How an article came in. */
    public enum Kind { FILE, LINK, PASTE }

    /** @throws NullPointerException if a value is null */
    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** An article read from {@code file}; {@code fetchedAt} when a sidecar records a download. */
    public static Origin ofFile(Path file, Optional<Instant> fetchedAt) {
        return new Origin(Kind.FILE, file.toString(), Optional.of(file), Optional.empty(), fetchedAt);
    }

    /** An article downloaded as {@code page}. */
    public static Origin ofLink(FetchedPage page) {
        return new Origin(Kind.LINK, page.link(), Optional.empty(), Optional.of(page), Optional.of(page.fetchedAt()));
    }

    /** An article pasted by the user. */
    public static Origin pasted() {
        return new Origin(Kind.PASTE, "pasted text", Optional.empty(), Optional.empty(), Optional.empty());
    }
}
