package app.parallax.ingest;

import app.parallax.core.article.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Front door for reading articles: files and folders of plain text or HTML become
 * {@link Article}s. A source that cannot be read is reported as an {@link IngestProblem} and the
 * others are still loaded.
 */
public final class Ingest {

    /** Name of the folder holding the bundled example story. */
    public static final String CORPUS_FOLDER = "corpus";
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm");

    private Ingest() {
    }

    /**
     * Loads files and folders. A folder contributes its article files (.txt, .md, .html) in the order
     * its sidecar lists them, then in name order, and its {@code story.json} sidecar if present; a folder that holds no articles but
     * sub-folders that do (like {@code corpus/}) contributes the first such story.
     *
     * @param paths files or folders; an empty list gives an empty story
     * @return the story, never null; unreadable sources are listed in {@code problems()}
     */
    public static LoadedStory load(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Optional<Path> folder = Optional.empty();
        String title = "";
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                Path story = storyFolder(path);
                folder = folder.or(() -> Optional.of(story));
                StorySidecar sidecar = readSidecar(story, problems);
                if (title.isEmpty()) {
                    title = sidecar.title().orElse("");
                }
                for (Path file : sidecar.inSidecarOrder(articleFiles(story, problems))) {
                    readInto(file, sidecar, ids, articles, problems);
                }
            } else {
                Path parent = path.getParent();
                folder = folder.or(() -> Optional.ofNullable(parent));
                StorySidecar sidecar = parent == null ? StorySidecar.empty() : readSidecar(parent, problems);
                readInto(path, sidecar, ids, articles, problems);
            }
        }
        if (title.isEmpty() && !articles.isEmpty()) {
            title = articles.get(0).title();
        }
        return new LoadedStory(title, folder, articles, problems);
    }

    /**
     * Reads one file as an article.
     *
     * @throws IngestException naming the file and the reason when it is missing, unreadable,
     *                         empty, binary or has no text
     */
    public static Article readFile(Path file) throws IngestException {
        Path parent = file.toAbsolutePath().getParent();
        StorySidecar sidecar = StorySidecar.empty();
        if (parent != null) {
            try {
                sidecar = StorySidecar.readFrom(parent);
            } catch (IngestException ignored) {
                // a broken sidecar only loses display names; the article itself is still readable
            }
        }
        return read(file, sidecar, new HashSet<>());
    }

    /**
     * Makes an article of pasted text. The title is its first line.
     *
     * @param id     a unique key, e.g. "pasted-1"
     * @param outlet display name
     * @throws IngestException if the text is blank
     */
    public static Article fromText(String id, String outlet, String text) throws IngestException {
        if (text == null || text.isBlank()) {
            throw new IngestException(outlet, "no text to compare");
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n');
        if (looksLikeHtml(clean)) {
            clean = HtmlArticle.toText(clean, "");
        }
        return new Article(id, "pasted text", outlet, ArticleFacts.title(clean), ArticleFacts.dateline(clean), clean);
    }

    /**
     * System property naming the example story's folder. The installed application's launcher
     * sets it to the copy inside its image, so the working folder never decides what opens.
     */
    public static final String CORPUS_PROPERTY = "parallax.corpus";

    /**
     * Finds the bundled story: the folder named by {@value #CORPUS_PROPERTY} when that property is
     * set (the installed application), else {@code corpus/} in the working folder or beside the
     * jar's folder, else a copy unpacked from the jar into a temporary folder.
     *
     * @throws IngestException if the property names no folder, or no corpus can be found
     */
    public static Path defaultCorpus() throws IngestException {
        String configured = System.getProperty(CORPUS_PROPERTY, "");
        if (!configured.isBlank()) {
            return configuredCorpus(configured);
        }
        for (Path candidate : corpusCandidates()) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return BundledCorpus.unpack();
    }

    private static Path configuredCorpus(String configured) throws IngestException {
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IngestException(folder.toString(), "the example story folder is missing from the application");
        }
        return folder;
    }

    private static List<Path> corpusCandidates() {
        List<Path> out = new ArrayList<>();
        out.add(Path.of(CORPUS_FOLDER));
        try {
            Path code = Path.of(Ingest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.getParent(); p != null; p = p.getParent()) {
                out.add(p.resolve(CORPUS_FOLDER));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: only the working folder is tried
        }
        return out;
    }

    private static Path storyFolder(Path dir) {
        if (!articleFiles(dir, new ArrayList<>()).isEmpty()) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted()
                    .filter(d -> !articleFiles(d, new ArrayList<>()).isEmpty())
                    .findFirst().orElse(dir);
        } catch (IOException e) {
            return dir;
        }
    }

    private static List<Path> articleFiles(Path dir, List<IngestProblem> problems) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> ARTICLE_EXTENSIONS.contains(extension(f)))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new IngestProblem(dir.toString(), "folder cannot be listed (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static StorySidecar readSidecar(Path folder, List<IngestProblem> problems) {
        try {
            return StorySidecar.readFrom(folder);
        } catch (IngestException e) {
            problems.add(IngestProblem.of(e));
            return StorySidecar.empty();
        }
    }

    private static void readInto(Path file, StorySidecar sidecar, Set<String> ids, List<Article> articles,
                                 List<IngestProblem> problems) {
        try {
            articles.add(read(file, sidecar, ids));
        } catch (IngestException e) {
            problems.add(IngestProblem.of(e));
        }
    }

    private static Article read(Path file, StorySidecar sidecar, Set<String> ids) throws IngestException {
        String raw = SourceText.read(file);
        String fileName = file.getFileName().toString();
        boolean html = extension(file).startsWith("htm") || looksLikeHtml(raw);
        String text = html ? HtmlArticle.toText(raw, file.toUri().toString()) : raw;
        if (text.isBlank()) {
            throw new IngestException(file.toString(), "page has no readable text");
        }
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String id = uniqueId(ArticleFacts.idFrom(stem), ids);
        String outlet = sidecar.articleField(fileName, "outlet").orElseGet(() -> ArticleFacts.outletFromName(stem));
        String title = sidecar.articleField(fileName, "title").orElseGet(() -> ArticleFacts.title(text));
        String date = sidecar.articleField(fileName, "date").orElseGet(() -> ArticleFacts.dateline(text));
        String source = sidecar.articleField(fileName, "source").orElse(file.toString());
        return new Article(id, source, outlet, title, date, text);
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

}
