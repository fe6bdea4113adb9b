package app.parallax.store;

import app.parallax.core.article.Article;
import app.parallax.export.ExportException;
import app.parallax.export.SafeOutput;
import app.parallax.ingest.FetchedPage;
import app.parallax.ingest.Origin;
import app.parallax.ingest.PlainFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Saves a story as a folder that reopens exactly and offline: each article's text as
 * {@code <id>.txt} (UTF-8, unchanged, so notes stay where they were), beside it the page or PDF it
 * was read from, and a {@code story.json} with outlet, headline, date, author, address, source and
 * fetch time. Writes into a new or empty folder only; a new folder appears whole or not at all.
 */
public final class StoryFolder {

    /** Name of the sidecar written beside the articles. */
    public static final String SIDECAR = "story.json";
    private static final int SIDECAR_MAX_BYTES = 4 * 1024 * 1024;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");

    private StoryFolder() {
    }

    /**
     * Writes the story into {@code target}.
     *
     * @param target    a folder that does not exist yet, or an empty one
     * @param title     the story's title, may be ""
     * @param articles  the articles in column order
     * @param origins   article id to where it came from; articles without an entry are saved as text only
     * @param carryOver files of the old story folder to copy along (e.g. its notes), if they exist
     * @throws StoreException naming the folder and the reason when it is not empty or cannot be written
     */
    public static void save(Path target, String title, List<Article> articles, Map<String, Origin> origins,
                            List<Path> carryOver) throws StoreException {
        Objects.requireNonNull(target, "target");
        Path folder = target.toAbsolutePath().normalize();
        requireNewOrEmpty(folder);
        try {
            if (Files.exists(folder)) {
                writeAll(folder, title, articles, origins, carryOver);
            } else {
                Path parent = Files.createDirectories(folder.getParent());
                String prefix = "." + folder.getFileName() + ".part-";
                StagingFolders.removeStale(parent, prefix);
                Path staging = Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "-");
                try {
                    writeAll(staging, title, articles, origins, carryOver);
                    StagingFolders.giveUsualMode(staging);
                    Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    StagingFolders.deleteQuietly(staging);
                    throw e;
                }
            }
        } catch (AccessDeniedException e) {
            throw new StoreException(folder.toString(), "permission denied", e);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(folder.toString(), "was created by someone else meanwhile; not replaced", e);
        } catch (IOException e) {
            throw new StoreException(folder.toString(), "cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Records a new outlet name for one article in the folder's {@code story.json}, keeping every
     * other field; the file is replaced atomically, so a failure leaves the old one whole. The
     * entry is the one naming {@code articleFile} as its original (a saved page or PDF), else the
     * one keyed by its name; an absent sidecar is created.
     *
     * @param folder      the story folder
     * @param articleFile the file name the article was read from, e.g. "nytimes.txt"
     * @param outlet      the new outlet name, not blank
     * @throws StoreException naming story.json and the reason when it cannot be read or written
     */
    public static void renameOutlet(Path folder, String articleFile, String outlet) throws StoreException {
        Objects.requireNonNull(articleFile, "articleFile");
        if (outlet == null || outlet.isBlank()) {
            throw new IllegalArgumentException("outlet is blank");
        }
        Path sidecar = folder.resolve(SIDECAR);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = readSidecar(json, sidecar);
        entryFor(root, articleFile).put("outlet", outlet.strip());
        try {
            SafeOutput.writeOwn(sidecar, out -> json.writeValue(out, root));
        } catch (ExportException e) {
            throw new StoreException(sidecar.toString(), e.reason(), e);
        }
    }

    /**
     * Keeps one more article in an existing story folder, so that a pasted or downloaded article
     * is there when the story is opened again: its text as a new {@code <id>.txt} (never replacing
     * a file: a taken name gets a number), the downloaded page beside it, and its outlet, headline,
     * date, address and fetch time in {@code story.json}, which is replaced atomically.
     *
     * @param folder the open story's folder; must be a real folder, not a symbolic link
     * @return the name of the text file written
     * @throws StoreException naming the folder or file and the reason when it cannot be written
     */
    public static String keep(Path folder, Article article, Origin origin) throws StoreException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(origin, "origin");
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(folder.toString(), "is not a folder (or is a symbolic link); the article was not kept", null);
        }
        Path sidecar = folder.resolve(SIDECAR);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = readSidecar(json, sidecar);
        String id = freeName(folder, article.id());
        try {
            Files.writeString(folder.resolve(id + ".txt"), article.text(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            ObjectNode entry = (root.get("articles") instanceof ObjectNode o ? o : root.putObject("articles"))
                    .putObject(id + ".txt");
            describe(entry, article);
            origin.fetchedAt().ifPresent(t -> entry.put("fetched", t.toString()));
            keepOriginal(folder, id, origin).ifPresent(name -> entry.put("original", name));
            SafeOutput.write(sidecar, out -> json.writeValue(out, root));
            return id + ".txt";
        } catch (AccessDeniedException e) {
            throw new StoreException(folder.toString(), "permission denied; the article was not kept", e);
        } catch (IOException e) {
            throw new StoreException(folder.toString(), "cannot be written (" + e.getMessage() + ")", e);
        } catch (ExportException e) {
            throw new StoreException(sidecar.toString(), e.reason(), e);
        }
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… when a text or page of that name is already there. */
    private static String freeName(Path folder, String base) {
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "-");
        String id = safe;
        for (int n = 2; Files.exists(folder.resolve(id + ".txt"), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || Files.exists(folder.resolve(id + ".html"), java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            id = safe + "-" + n;
        }
        return id;
    }

    private static ObjectNode readSidecar(ObjectMapper json, Path sidecar) throws StoreException {
        Optional<byte[]> bytes;
        try {
            bytes = PlainFile.read(sidecar, SIDECAR_MAX_BYTES);
        } catch (PlainFile.Refused e) {
            throw new StoreException(sidecar.toString(), e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(sidecar.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.isEmpty()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(bytes.get());
            if (node instanceof ObjectNode root) {
                return root;
            }
            throw new StoreException(sidecar.toString(), "is not a JSON object; not replaced", null);
        } catch (IOException e) {
            throw new StoreException(sidecar.toString(), "is not valid JSON; not replaced", e);
        }
    }

    private static ObjectNode entryFor(ObjectNode root, String articleFile) {
        ObjectNode entries = root.get("articles") instanceof ObjectNode o ? o : root.putObject("articles");
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) entries::fields) {
            if (field.getValue() instanceof ObjectNode entry && articleFile.equals(entry.path("original").asText())) {
                return entry;
            }
        }
        return entries.get(articleFile) instanceof ObjectNode entry ? entry : entries.putObject(articleFile);
    }

    private static void requireNewOrEmpty(Path folder) throws StoreException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder.toString(), "is a file, not a folder; not replaced", null);
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new StoreException(folder.toString(), "folder is not empty; choose a new or empty folder", null);
            }
        } catch (IOException e) {
            throw new StoreException(folder.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void writeAll(Path folder, String title, List<Article> articles, Map<String, Origin> origins,
                                 List<Path> carryOver) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("title", title == null ? "" : title);
        ObjectNode entries = root.putObject("articles");
        for (Article a : articles) {
            ObjectNode entry = entries.putObject(a.id() + ".txt");
            Files.writeString(folder.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            describe(entry, a);
            Optional<Origin> origin = Optional.ofNullable(origins.get(a.id()));
            origin.flatMap(o -> o.fetchedAt()).ifPresent(t -> entry.put("fetched", t.toString()));
            Optional<String> kept = origin.isPresent() ? keepOriginal(folder, a.id(), origin.get()) : Optional.empty();
            kept.ifPresent(name -> entry.put("original", name));
        }
        for (Path extra : carryOver) {
            if (Files.isRegularFile(extra, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(extra, folder.resolve(extra.getFileName().toString()), LinkOption.NOFOLLOW_LINKS);
            }
        }
        json.writeValue(folder.resolve(SIDECAR).toFile(), root);
    }

    private static void describe(ObjectNode entry, Article a) {
        entry.put("outlet", a.outlet());
        putIfSet(entry, "title", a.title());
        putIfSet(entry, "date", a.date());
        putIfSet(entry, "author", a.author());
        putIfSet(entry, "url", a.url());
        putIfSet(entry, "source", a.source());
    }

    /** Copies the page or file the article was read from, unless it was plain text already. */
    private static Optional<String> keepOriginal(Path folder, String id, Origin origin) throws IOException {
        if (origin.page().isPresent()) {
            FetchedPage page = origin.page().get();
            String name = id + (page.contentType().toLowerCase(Locale.ROOT).contains("pdf") ? ".pdf"
                    : page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain") ? ".page.txt" : ".html");
            Files.write(folder.resolve(name), page.body());
            return Optional.of(name);
        }
        if (origin.file().isPresent() && Files.isRegularFile(origin.file().get())) {
            String ext = extension(origin.file().get());
            if (!TEXT_EXTENSIONS.contains(ext) && !ext.isEmpty()) {
                String name = id + "." + ext;
                Files.copy(origin.file().get(), folder.resolve(name));
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static void putIfSet(ObjectNode entry, String field, String value) {
        if (value != null && !value.isBlank()) {
            entry.put(field, value);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
