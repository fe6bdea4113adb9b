package app.parallax.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site on 127.0.0.1 for tests: pages, redirects, errors, a slow page and an endless one.
 * Records every path requested, so tests can check nothing but the page was fetched.
 */
public final class LoopbackSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "loopback-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();

    interface Handler {
        void handle(HttpExchange e) throws IOException;
    }

    public LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(threads);
        server.start();
    }

    /** The handlers by path, for a test that needs an unusual answer. */
    java.util.Map<String, Handler> routes() {
        return routes;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LoopbackSite page(String path, String contentType, byte[] body) {
        routes.put(path, e -> send(e, 200, contentType, body));
        return this;
    }

    LoopbackSite redirect(String path, String to) {
        routes.put(path, e -> {
            e.getResponseHeaders().add("Location", to);
            e.sendResponseHeaders(302, -1);
        });
        return this;
    }

    LoopbackSite status(String path, int status) {
        routes.put(path, e -> send(e, status, "text/html", ("<html><body><h1>Error " + status + "</h1></body></html>").getBytes()));
        return this;
    }

    /** Serves {@code path} after {@code millis}; for time-outs and cancelling. */
    public LoopbackSite slow(String path, long millis) {
        routes.put(path, e -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            send(e, 200, "text/html", "<html><body><p>late</p></body></html>".getBytes());
        });
        return this;
    }

    /** Streams {@code bytes} of filler HTML without a length, as a huge or endless page would. */
    LoopbackSite huge(String path, long bytes) {
        routes.put(path, e -> {
            e.getResponseHeaders().add("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(1000).getBytes();
            try (OutputStream out = e.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // the client gave up at its limit, as it should
            }
        });
        return this;
    }

    private void dispatch(HttpExchange e) throws IOException {
        requested.add(e.getRequestURI().getPath());
        userAgents.add(String.valueOf(e.getRequestHeaders().getFirst("User-Agent")));
        Handler h = routes.get(e.getRequestURI().getPath());
        if (h == null) {
            send(e, 404, "text/html", "<html><body>Not here</body></html>".getBytes());
        } else {
            h.handle(e);
        }
        e.close();
    }

    private static void send(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
