package app.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one web page with the JDK's HttpClient: redirects followed (never from https to http),
 * time-outs for connecting and for the whole response, a size limit enforced while the body
 * arrives, and a User-Agent naming the application. Only the page itself is requested: no
 * images, styles, scripts or frames.
 */
public final class LinkFetcher {

    /** Sent with every request. */
    public static final String USER_AGENT = "Parallax/0.1 (news comparison reader; Java HttpClient)";
    /** Default largest page, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    /** Redirects followed for one link, as browsers do. */
    static final int MAX_REDIRECTS = 20;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxBytes;
    private HttpClient client;

    /** A fetcher with 10 s to connect, 30 s for the whole response and a 10 MB limit. */
    public LinkFetcher() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES);
    }

    /**
     * @param connectTimeout longest wait for a connection
     * @param readTimeout    longest wait for the whole response, headers and body
     * @param maxBytes       largest page accepted
     */
    public LinkFetcher(Duration connectTimeout, Duration readTimeout, int maxBytes) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.maxBytes = maxBytes;
    }

    /** The HTTP client, made at the first download: a story of files alone never starts one. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    /** Whether {@code text} is an http or https address this fetcher would try. */
    public static boolean isLink(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return (t.startsWith("http://") || t.startsWith("https://")) && !t.contains(" ");
    }

    /**
     * Fetches {@code link}.
     *
     * @throws IngestException naming the link and the reason: bad address, host not found,
     *                         refused, timed out, HTTP error status, not a page, too large
     */
    public FetchedPage fetch(String link) throws IngestException {
        return fetch(link, deadlineFromNow());
    }

    /** The deadline, in {@link System#nanoTime()} terms, of a download started now. */
    long deadlineFromNow() {
        return System.nanoTime() + readTimeout.toNanos();
    }

    /** Fetches {@code link}, redirects included, by {@code deadline} ({@link System#nanoTime()} terms). */
    FetchedPage fetch(String link, long deadline) throws IngestException {
        URI uri = parse(link);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            requireKnownHost(link, uri);
            HttpResponse<byte[]> response = send(link, uri, deadline);
            if (!isRedirect(response.statusCode())) {
                return page(link, response);
            }
            uri = redirectTarget(link, uri, response);
        }
        throw new IngestException(link, "more than " + MAX_REDIRECTS + " redirects; not followed further");
    }

    private HttpResponse<byte[]> send(String link, URI uri, long deadline) throws IngestException {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofMillis(left))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,application/pdf;q=0.5")
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> body(link, info));
        try {
            return future.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestException(link, "timed out after " + readTimeout.toSeconds() + " s waiting for the page", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(link, "cancelled", e);
        } catch (ExecutionException e) {
            throw failure(link, e.getCause());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect leads: only to http(s), never from https down to http, with a plain reason otherwise. */
    private static URI redirectTarget(String link, URI from, HttpResponse<byte[]> response) throws IngestException {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new IngestException(link, "HTTP " + status + " redirect without a Location header");
        }
        URI to;
        try {
            to = from.resolve(new URI(location));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IngestException(link, "HTTP " + status + " redirect to an invalid address", e);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException(link, "redirected to a " + (scheme.isEmpty() ? "scheme-less" : scheme + "://")
                    + " address, which is not followed (only http and https are)");
        }
        if (scheme.equals("http") && "https".equalsIgnoreCase(from.getScheme())) {
            throw new IngestException(link, "redirected from https to plain http, which is not followed");
        }
        if (to.getHost() == null) {
            throw new IngestException(link, "HTTP " + status + " redirect to an address without a host");
        }
        return to;
    }

    private static URI parse(String link) throws IngestException {
        try {
            URI uri = new URI(link.strip());
            if (!isLink(link) || uri.getHost() == null) {
                throw new IngestException(link, "not an http or https address");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IngestException(link, "not a valid web address (" + e.getReason() + ")", e);
        }
    }

    /** Looks the host up first, so that a DNS failure is named as such and not as "connection refused". */
    private static void requireKnownHost(String link, URI uri) throws IngestException {
        try {
            java.net.InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IngestException(link, "host not found (DNS lookup failed)", e);
        }
    }

    private BodySubscriber<byte[]> body(String link, HttpResponse.ResponseInfo info) {
        if (info.statusCode() >= 300) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        return new LimitedBody(link, maxBytes);
    }

    private static FetchedPage page(String link, HttpResponse<byte[]> response) throws IngestException {
        int status = response.statusCode();
        if (status >= 300) {
            throw new IngestException(link, "HTTP " + status + " " + HttpStatusText.of(status));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        FetchedPage page = new FetchedPage(link, response.uri().toString(), response.body(), type, Instant.now());
        if (!page.isHtml() && !page.isPdf() && !page.isPlainText()) {
            throw new IngestException(link, "not a web page (content type " + type.split(";")[0].strip() + ")");
        }
        if (response.body().length == 0) {
            throw new IngestException(link, "the server sent an empty page");
        }
        return page;
    }

    private IngestException failure(String link, Throwable t) {
        if (t instanceof IngestException ie) {
            return ie;
        }
        return new IngestException(link, reason(t), t);
    }

    private String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "host not found (DNS lookup failed)";
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "timed out connecting to the server";
            }
            if (c instanceof HttpTimeoutException) {
                return "timed out after " + readTimeout.toSeconds() + " s waiting for the page";
            }
            if (c instanceof SSLException) {
                return "secure connection failed (" + c.getMessage() + ")";
            }
            if (c instanceof ConnectException) {
                return "connection refused or unreachable";
            }
        }
        return "download failed (" + (t instanceof IOException && t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName()) + ")";
    }

    /** Collects a body up to a limit and gives up, cancelling the download, past it. */
    private static final class LimitedBody implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String link;
        private final int limit;
        private Flow.Subscription subscription;

        LimitedBody(String link, int limit) {
            this.link = link;
            this.limit = limit;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (result.isDone()) {
                    return;
                }
                if (bytes.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new IngestException(link,
                            "page is larger than " + (limit >= 1 << 20 ? (limit >> 20) + " MB" : (limit >> 10) + " KB") + "; not downloaded"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
