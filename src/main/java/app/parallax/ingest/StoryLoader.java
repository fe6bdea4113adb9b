package app.parallax.ingest;

import app.parallax.core.article.Article;
import app.parallax.ingest.HtmlArticle.Extracted;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Gathers one story from files, folders and links, in the order given: one article per readable
 * source, a problem per failing one, and a notice for each source skipped on purpose (the same
 * file or link again, the same text again, an unsupported file in a folder).
 */
final class StoryLoader {

    private final LinkFetcher fetcher;
    private final Consumer<String> progress;
    private final List<Article> articles = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final List<IngestProblem> notices = new ArrayList<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> seenSources = new HashMap<>();
    private final Map<String, String> seenTexts = new HashMap<>();
    private final Map<Path, StorySidecar> sidecars = new HashMap<>();
    private Optional<Path> folder = Optional.empty();
    private LinkDownloads downloads;
    private String title = "";

    StoryLoader(LinkFetcher fetcher, Consumer<String> progress) {
        this.fetcher = fetcher;
        this.progress = progress;
    }

    LoadedStory load(List<String> sources) {
        try (LinkDownloads started = new LinkDownloads(fetcher, LinkDownloads.linksOf(sources, StoryLoader::linkKey))) {
            downloads = started;
            for (String source : sources) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (LinkFetcher.isLink(source)) {
                    addLink(source.strip());
                } else {
                    addPath(Path.of(source));
                }
            }
        }
        if (title.isEmpty() && !articles.isEmpty()) {
            title = articles.get(0).title();
        }
        return new LoadedStory(title, folder, articles, problems, notices, origins);
    }

    private void addPath(Path given) {
        Path path = given.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            addFolder(path);
        } else {
            Path parent = path.getParent();
            folder = folder.or(() -> Optional.ofNullable(parent));
            addFile(path, parent == null ? StorySidecar.empty() : sidecar(parent));
        }
    }

    private void addFolder(Path dir) {
        Path story = storyFolder(dir);
        folder = folder.or(() -> Optional.of(story));
        StorySidecar sidecar = sidecar(story);
        if (title.isEmpty()) {
            title = sidecar.title().orElse("");
        }
        Optional<FolderListing> listing = list(story, sidecar);
        if (listing.isEmpty()) {
            return;
        }
        if (listing.get().articles().isEmpty()) {
            String unsupported = listing.get().unsupported().isEmpty() ? ""
                    : " (unsupported: " + String.join(", ", listing.get().unsupported()) + "; Parallax reads " + ArticleReader.ACCEPTED + ")";
            problems.add(new IngestProblem(story.toString(), "folder holds no articles" + unsupported));
            return;
        }
        listing.get().unsupported().forEach(name -> notices.add(new IngestProblem(story.resolve(name).toString(),
                "unsupported file type, skipped (Parallax reads " + ArticleReader.ACCEPTED + ")")));
        sidecar.inSidecarOrder(listing.get().articles()).forEach(f -> addFile(f, sidecar));
    }

    private void addFile(Path file, StorySidecar sidecar) {
        progress.accept(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        if (!firstTime(fileKey(file), file.toString())) {
            return;
        }
        try {
            Extracted read = ArticleReader.fromFile(file);
            String fileName = file.getFileName().toString();
            Article a = fromFile(file, fileName, read, sidecar);
            Optional<Instant> fetched = sidecar.articleField(fileName, "fetched").flatMap(StoryLoader::instant);
            noteUndecodable(file.toString(), read.text());
            keep(a, Origin.ofFile(original(file, sidecar), fetched));
        } catch (IngestException e) {
            problems.add(IngestProblem.of(e));
        }
    }

    /**
     * A saved story's page or PDF stays the article's origin, so saving it again keeps it; but only
     * a plain file of the story's own folder, named without any path: a sidecar from someone else
     * must not make a later save copy {@code /home/me/.ssh/id_rsa} or {@code ../secret} into a story.
     */
    private Path original(Path file, StorySidecar sidecar) {
        Optional<String> named = sidecar.articleField(file.getFileName().toString(), "original");
        if (named.isEmpty()) {
            return file;
        }
        String name = named.get();
        Path original = file.resolveSibling(name).normalize();
        boolean inFolder = !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".")
                && original.getParent() != null && original.getParent().equals(file.getParent());
        if (inFolder && Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
            return original;
        }
        notices.add(new IngestProblem(file.resolveSibling(StorySidecar.FILE_NAME).toString(), "\"original\": \""
                + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "\" is not a plain file of the story's own folder; ignored"));
        return file;
    }

    /** Says so when some bytes could not be decoded and are shown as U+FFFD, instead of silently. */
    private void noteUndecodable(String source, String text) {
        long n = text.chars().filter(c -> c == '\uFFFD').count();
        if (n > 0) {
            notices.add(new IngestProblem(source, n + (n == 1 ? " character" : " characters")
                    + " could not be decoded (not valid in the file's encoding) and " + (n == 1 ? "is" : "are") + " shown as \uFFFD"));
        }
    }

    private void addLink(String link) {
        progress.accept(link);
        if (!firstTime(linkKey(link), link)) {
            return;
        }
        try {
            FetchedPage page = downloads.await(linkKey(link), link);
            Extracted read = ArticleReader.fromPage(page);
            noteUndecodable(link, read.text());
            keep(fromLink(page, read), Origin.ofLink(page));
        } catch (IngestException e) {
            problems.add(IngestProblem.of(e));
        }
    }

    private Article fromFile(Path file, String fileName, Extracted read, StorySidecar sidecar) {
        String text = read.text();
        PageMetadata meta = read.metadata();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String id = uniqueId(ArticleFacts.idFrom(stem));
        String outlet = sidecar.articleField(fileName, "outlet")
                .orElse(orElse(meta.outlet(), "").isBlank() ? distinctOutlet(ArticleFacts.outletFromName(stem)) : meta.outlet());
        String headline = sidecar.articleField(fileName, "title").orElse(orElse(meta.title(), ArticleFacts.title(text)));
        String date = sidecar.articleField(fileName, "date").orElse(orElse(meta.date(), ArticleFacts.dateline(text)));
        String source = sidecar.articleField(fileName, "source").orElse(file.toString());
        String author = sidecar.articleField(fileName, "author").orElse(meta.author());
        String url = sidecar.articleField(fileName, "url").orElse(LinkFetcher.isLink(meta.canonicalUrl()) ? meta.canonicalUrl() : "");
        return new Article(id, source, outlet, headline, date, text, author, url);
    }

    private Article fromLink(FetchedPage page, Extracted read) {
        PageMetadata meta = read.metadata();
        String outlet = orElse(meta.outlet(), orElse(HostName.outlet(page.finalUrl()), page.link()));
        String id = uniqueId(ArticleFacts.idFrom(outlet));
        String headline = orElse(meta.title(), ArticleFacts.title(read.text()));
        String date = orElse(meta.date(), ArticleFacts.dateline(read.text()));
        String url = LinkFetcher.isLink(meta.canonicalUrl()) ? meta.canonicalUrl() : page.finalUrl();
        return new Article(id, page.link(), outlet, headline, date, read.text(), meta.author(), url);
    }

    private void keep(Article a, Origin origin) {
        String textKey = a.text().replaceAll("\\s+", " ").strip();
        String earlier = seenTexts.putIfAbsent(textKey, a.source());
        if (earlier != null) {
            ids.remove(a.id());
            notices.add(new IngestProblem(a.source(), "same text as " + earlier + "; loaded once"));
            return;
        }
        articles.add(a);
        origins.put(a.id(), origin);
    }

    private boolean firstTime(String key, String shown) {
        if (seenSources.putIfAbsent(key, shown) == null) {
            return true;
        }
        notices.add(new IngestProblem(shown, "given more than once; loaded once"));
        return false;
    }

    private StorySidecar sidecar(Path dir) {
        return sidecars.computeIfAbsent(dir, d -> {
            try {
                return StorySidecar.readFrom(d);
            } catch (IngestException e) {
                problems.add(IngestProblem.of(e));
                return StorySidecar.empty();
            }
        });
    }

    /** A folder's article files and its unsupported files; empty after reporting an unreadable folder. */
    private record FolderListing(List<Path> articles, List<String> unsupported) {
    }

    private Optional<FolderListing> list(Path dir, StorySidecar sidecar) {
        List<Path> found = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        Set<String> skip = sidecar.originals();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path f : children.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.equals(StorySidecar.FILE_NAME) || skip.contains(name) || Files.isDirectory(f)) {
                    continue;
                }
                if (ArticleReader.EXTENSIONS.contains(ArticleReader.extension(name))) {
                    found.add(f);
                } else {
                    unsupported.add(name);
                }
            }
            return Optional.of(new FolderListing(found, unsupported));
        } catch (IOException e) {
            problems.add(new IngestProblem(dir.toString(), "folder cannot be listed (" + SourceFile.failure(dir, e).reason() + ")"));
            return Optional.empty();
        }
    }

    /** The folder itself when it holds article files, else its first sub-folder that does (like {@code corpus/}). */
    private static Path storyFolder(Path dir) {
        if (hasArticles(dir)) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().filter(StoryLoader::hasArticles).findFirst().orElse(dir);
        } catch (IOException e) {
            return dir;
        }
    }

    private static boolean hasArticles(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(f -> !f.getFileName().toString().startsWith(".")
                    && ArticleReader.EXTENSIONS.contains(ArticleReader.extension(f.getFileName().toString())));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A name made from a file name that another article already has gets a number ("Fox News (2)"),
     * so that "fox.txt" and "13792511-fox.txt" are two columns one can tell apart.
     */
    private String distinctOutlet(String name) {
        java.util.function.Predicate<String> taken = n -> articles.stream().anyMatch(a -> a.outlet().equalsIgnoreCase(n));
        if (!taken.test(name)) {
            return name;
        }
        int n = 2;
        while (taken.test(name + " (" + n + ")")) {
            n++;
        }
        return name + " (" + n + ")";
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String fileKey(Path file) {
        try {
            return "file:" + file.toRealPath();
        } catch (IOException e) {
            return "file:" + file.toAbsolutePath().normalize();
        }
    }

    private static String linkKey(String link) {
        try {
            URI u = new URI(link);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return "link:" + u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return "link:" + link;
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
