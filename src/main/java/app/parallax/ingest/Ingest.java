package app.parallax.ingest;

import app.parallax.core.article.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Front door for reading articles: files and folders (text in any common encoding, saved web
 * pages, web archives, PDFs), links and pasted text become {@link Article}s. A source that cannot be read is reported as an {@link IngestProblem} and the
 * others are still loaded.
 */
public final class Ingest {

    /** Name of the folder holding the bundled example story. */
    public static final String CORPUS_FOLDER = "corpus";

    private Ingest() {
    }

    /**
     * Whether a file of this name is read as an article when its folder is opened: the one list of
     * readable types, shared with the checks that keep outputs off inputs.
     *
     * @param fileName a file name such as "print.pdf"; never null
     */
    public static boolean isArticleFileName(String fileName) {
        return !fileName.startsWith(".") && ArticleReader.EXTENSIONS.contains(ArticleReader.extension(fileName));
    }

    /**
     * Refuses anything but a regular file (following links) before it is opened: a folder, FIFO,
     * device or socket, which would block or never end, is named as such.
     *
     * @throws IngestException naming the file and what it is instead, or why it cannot be read
     */
    public static void requireRegularFile(Path file) throws IngestException {
        SourceFile.requireRegularFile(file);
    }

    /**
     * Loads files and folders. A folder contributes its article files (.txt, .md, .html, .htm, .mhtml, .pdf)
     * in the order its sidecar lists them, then in name order, and its {@code story.json} sidecar if
     * present; a folder that holds no articles but sub-folders that do (like {@code corpus/})
     * contributes the first such story.
     *
     * @param paths files or folders; an empty list gives an empty story
     * @return the story, never null; unreadable sources are listed in {@code problems()}
     */
    public static LoadedStory load(List<Path> paths) {
        return loadSources(paths.stream().map(Path::toString).toList(), new LinkFetcher(), s -> { });
    }

    /**
     * Loads files, folders and http(s) links, in the order given. Each source is read once: the
     * same file or link again, or a second article with the same text, gives a notice instead.
     *
     * @param sources  paths or links; an empty list gives an empty story
     * @param fetcher  downloads the links: all of them at once at the start, under one deadline (its
     *                 read time-out), so slow pages cost the time of the slowest, not their sum
     * @param progress told the name of each source as its turn comes (on the calling thread)
     * @return the story, never null; failing sources are in {@code problems()}, skipped ones in
     *         {@code notices()}; stops early, with what it has, when the thread is interrupted
     */
    public static LoadedStory loadSources(List<String> sources, LinkFetcher fetcher, Consumer<String> progress) {
        Objects.requireNonNull(sources, "sources");
        return new StoryLoader(Objects.requireNonNull(fetcher, "fetcher"), Objects.requireNonNull(progress, "progress")).load(sources);
    }

    /**
     * Reads one file as an article, with metadata from its folder's sidecar or, for a page, from
     * the page itself.
     *
     * @throws IngestException naming the file and the reason when it is missing, not a regular
     *                         file, unreadable, too large, empty, binary, unsupported or has no text
     */
    public static Article readFile(Path file) throws IngestException {
        LoadedStory one = new StoryLoader(new LinkFetcher(), s -> { }).load(List.of(file.toString()));
        if (one.articles().isEmpty()) {
            IngestProblem p = one.problems().stream().filter(x -> !x.source().endsWith(StorySidecar.FILE_NAME))
                    .findFirst().orElse(new IngestProblem(file.toString(), "no article text"));
            throw new IngestException(p.source(), p.reason());
        }
        return one.articles().get(0);
    }

    /**
     * Makes an article of pasted text or HTML (a page's article is extracted as for saved pages).
     * The title is its headline or first line.
     *
     * @param id     a unique key, e.g. "pasted-1"
     * @param outlet display name
     * @throws IngestException if the text is blank or the HTML holds no article
     */
    public static Article fromText(String id, String outlet, String text) throws IngestException {
        if (text == null || text.isBlank()) {
            throw new IngestException(outlet, "no text to compare");
        }
        String clean = TextDecoding.clean(text);
        if (ArticleReader.looksLikeHtml(clean) || clean.stripLeading().startsWith("<")) {
            HtmlArticle.Extracted page = HtmlArticle.extract(clean, "");
            if (!page.text().isBlank()) {
                PageMetadata m = page.metadata();
                String headline = m.title().isEmpty() ? ArticleFacts.title(page.text()) : m.title();
                return new Article(id, "pasted text", outlet, headline, m.date(), page.text(), m.author(),
                        LinkFetcher.isLink(m.canonicalUrl()) ? m.canonicalUrl() : "");
            }
        }
        if (clean.isBlank()) {
            throw new IngestException(outlet, "no text to compare");
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
}
