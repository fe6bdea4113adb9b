package app.parallax.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A story's links, all fetched at once under one deadline: three slow pages cost the time of one,
 * and however many links a story has, they are done (or named as timed out) within the fetcher's
 * read time-out. Each link keeps its own result, so a failing link is reported by itself and the
 * others are still read. At most {@value #MAX_PARALLEL} downloads run at a time, so one story never
 * opens dozens of connections to a site.
 */
final class LinkDownloads implements AutoCloseable {

    /** Downloads running at once. */
    static final int MAX_PARALLEL = 8;

    private final LinkFetcher fetcher;
    private final Map<String, Future<FetchedPage>> started = new LinkedHashMap<>();
    private ExecutorService threads;

    /**
     * Starts every link of {@code links} (keyed as the caller keys them), all with the deadline
     * "read time-out from now".
     *
     * @param links key to link; an empty map starts nothing
     */
    LinkDownloads(LinkFetcher fetcher, Map<String, String> links) {
        this.fetcher = fetcher;
        if (links.isEmpty()) {
            return;
        }
        long deadline = fetcher.deadlineFromNow();
        threads = Executors.newFixedThreadPool(Math.min(MAX_PARALLEL, links.size()), daemonThreads());
        links.forEach((key, link) -> started.put(key, threads.submit(() -> fetcher.fetch(link, deadline))));
    }

    /**
     * The page of the link started under {@code key}, waiting for it if need be; a link not
     * started is fetched now.
     *
     * @throws IngestException naming the link and why it failed, or "cancelled" when the waiting
     *                         thread is interrupted (every download is then stopped)
     */
    FetchedPage await(String key, String link) throws IngestException {
        Future<FetchedPage> download = started.get(key);
        if (download == null) {
            return fetcher.fetch(link);
        }
        try {
            return download.get();
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IngestException(link, "cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(link, "download failed (" + e.getCause() + ")", e.getCause());
        }
    }

    /** Stops every download still running. */
    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "parallax-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The links among {@code sources}, each once under the key {@code keyOf} gives it, in order. */
    static Map<String, String> linksOf(List<String> sources, java.util.function.Function<String, String> keyOf) {
        Map<String, String> links = new LinkedHashMap<>();
        sources.stream().filter(LinkFetcher::isLink).map(String::strip).forEach(l -> links.putIfAbsent(keyOf.apply(l), l));
        return links;
    }
}
