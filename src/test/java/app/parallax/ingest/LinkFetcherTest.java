package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.ingest.NewsPages.Story;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkFetcherTest {

    private static final Path STORY = Path.of("src/test/resources/ingest/story");
    private final LinkFetcher fetcher = new LinkFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024 * 1024);
    private LoopbackSite site;
    private Story courier;

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
        courier = Story.read(STORY.resolve("veylan-courier.txt"));
        String page = NewsPages.page("Veylan Courier", "Ada Brun", "2026-03-02", site.url("/news/bridge"), courier, "utf-8");
        site.page("/news/bridge", "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8))
                .redirect("/r1", site.url("/r2")).redirect("/r2", site.url("/r3")).redirect("/r3", site.url("/news/bridge"))
                .status("/gone", 404).status("/private", 403).status("/broken", 500)
                .slow("/slow", 6000)
                .huge("/huge", 50L * 1024 * 1024)
                .page("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Story coastal = Story.read(STORY.resolve("coastal-times.txt"));
        String cp1252 = NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02", site.url("/ct"), coastal, "windows-1252");
        site.page("/ct", "text/html", cp1252.getBytes(Charset.forName("windows-1252")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aLinkBecomesTheArticleWithItsMetadata() {
        LoadedStory story = load(site.url("/news/bridge"));

        Article a = story.articles().get(0);
        assertThat(a.text()).isEqualTo(courier.text());
        assertThat(a.outlet()).isEqualTo("Veylan Courier");
        assertThat(a.author()).isEqualTo("Ada Brun");
        assertThat(a.source()).isEqualTo(site.url("/news/bridge"));
        assertThat(story.origins().get(a.id()).page()).isPresent();
    }

    @Test
    void onlyThePageItselfIsRequestedWithOurUserAgent() {
        load(site.url("/news/bridge"));

        assertThat(site.requested).containsExactly("/news/bridge");
        assertThat(site.userAgents).allMatch(ua -> ua.startsWith("Parallax/"));
    }

    @Test
    void aRedirectChainIsFollowed() {
        LoadedStory story = load(site.url("/r1"));

        assertThat(story.problems()).isEmpty();
        assertThat(story.articles().get(0).url()).isEqualTo(site.url("/news/bridge"));
        assertThat(site.requested).containsExactly("/r1", "/r2", "/r3", "/news/bridge");
    }

    @Test
    void aWindows1252PageDeclaredInAMetaTagDecodesCorrectly() {
        Article a = load(site.url("/ct")).articles().get(0);

        assertThat(a.text()).contains("“We will not take any risks with people’s safety,” Ostrova said.");
    }

    @Test
    void eachFailingLinkGetsOneMessageAndTheOthersGoOn() {
        LoadedStory story = load(site.url("/gone"), site.url("/private"), site.url("/broken"), site.url("/slow"),
                site.url("/huge"), site.url("/photo.png"), "http://no-such-host.invalid/x", site.url("/news/bridge"));

        assertThat(story.articles()).hasSize(1);
        assertThat(story.problems()).extracting(IngestProblem::message).containsExactly(
                site.url("/gone") + ": HTTP 404 Not Found",
                site.url("/private") + ": HTTP 403 Forbidden",
                site.url("/broken") + ": HTTP 500 Internal Server Error",
                site.url("/slow") + ": timed out after 2 s waiting for the page",
                site.url("/huge") + ": page is larger than 1 MB; not downloaded",
                site.url("/photo.png") + ": not a web page (content type image/png)",
                "http://no-such-host.invalid/x: host not found (DNS lookup failed)");
    }

    @Test
    void randomBytesSentAsAWebPageAreRefusedAsBinary() {
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        site.page("/noise", "text/html; charset=utf-8", noise);

        LoadedStory story = load(site.url("/noise"), site.url("/news/bridge"));

        assertThat(story.articles()).extracting(Article::outlet).containsExactly("Veylan Courier");
        assertThat(story.problems()).extracting(IngestProblem::message).containsExactly(site.url("/noise") + ": binary data, not a web page");
    }

    @Test
    void theSameLinkTwiceIsFetchedOnce() {
        LoadedStory story = load(site.url("/news/bridge"), site.url("/news/bridge#top"));

        assertThat(story.articles()).hasSize(1);
        assertThat(story.notices()).extracting(IngestProblem::reason).containsExactly("given more than once; loaded once");
        assertThat(site.requested).containsExactly("/news/bridge");
    }

    @Test
    void aStorysLinksAreAllInFlightAtOnceAndEachKeepsItsOwnResult() throws Exception {
        CountDownLatch allThree = new CountDownLatch(3);
        List<String> files = List.of("northern-post.txt", "daily-ledger.txt", "harbor-gazette.txt");
        for (int i = 0; i < files.size(); i++) {
            Story story = Story.read(STORY.resolve(files.get(i)));
            byte[] page = NewsPages.page("Outlet " + i, "", "2026-03-02", site.url("/held" + i), story, "utf-8").getBytes(StandardCharsets.UTF_8);
            site.routes().put("/held" + i, e -> answerOnceAllArrived(e, allThree, page));
        }
        LinkFetcher patient = new LinkFetcher(Duration.ofSeconds(10), Duration.ofSeconds(120), 1024 * 1024);

        LoadedStory story = Ingest.loadSources(List.of(site.url("/held0"), site.url("/gone"), site.url("/held1"), site.url("/held2")),
                patient, s -> { });

        assertThat(story.articles()).extracting(Article::outlet).containsExactly("Outlet 0", "Outlet 1", "Outlet 2");
        assertThat(story.problems()).extracting(IngestProblem::message).containsExactly(site.url("/gone") + ": HTTP 404 Not Found");
    }

    @Test
    void linksThatNeverAnswerAreEachNamedAsTimedOutAndTheOthersAreRead() {
        CountDownLatch testDone = new CountDownLatch(1);
        for (String path : List.of("/hang0", "/hang1", "/hang2")) {
            site.routes().put(path, e -> {
                try {
                    testDone.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        LoadedStory story = load(site.url("/hang0"), site.url("/news/bridge"), site.url("/hang1"), site.url("/hang2"));

        testDone.countDown();
        assertThat(story.articles()).extracting(Article::outlet).containsExactly("Veylan Courier");
        assertThat(story.problems()).extracting(IngestProblem::message).containsExactly(
                site.url("/hang0") + ": timed out after 2 s waiting for the page",
                site.url("/hang1") + ": timed out after 2 s waiting for the page",
                site.url("/hang2") + ": timed out after 2 s waiting for the page");
        assertThat(site.requested).contains("/hang0", "/hang1", "/hang2");
    }

    /**
     * Holds a request until {@code arrived} reaches zero (every held request is in flight at once),
     * then serves {@code page}; a fetcher that takes links one at a time gets 503 after 60 s instead.
     */
    private static void answerOnceAllArrived(com.sun.net.httpserver.HttpExchange e, CountDownLatch arrived, byte[] page) throws java.io.IOException {
        arrived.countDown();
        boolean together;
        try {
            together = arrived.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            together = false;
        }
        e.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        e.sendResponseHeaders(together ? 200 : 503, page.length == 0 ? -1 : page.length);
        try (java.io.OutputStream out = e.getResponseBody()) {
            out.write(page);
        }
    }

    private LoadedStory load(String... links) {
        return Ingest.loadSources(List.of(links), fetcher, s -> { });
    }

    @Test
    void aChainOfTwelveRedirectsIsFollowedAsBrowsersDo() throws Exception {
        for (int i = 0; i < 12; i++) {
            site.redirect("/chain" + i, site.url(i == 11 ? "/news/bridge" : "/chain" + (i + 1)));
        }

        FetchedPage page = fetcher.fetch(site.url("/chain0"));

        assertThat(page.finalUrl()).isEqualTo(site.url("/news/bridge"));
    }

    @Test
    void redirectsThatCannotBeFollowedAreNamedPlainly() {
        site.redirect("/to-file", "file:///etc/passwd").redirect("/to-ftp", "ftp://example.org/x")
                .redirect("/loop", site.url("/loop"));
        site.routes().put("/no-location", e -> e.sendResponseHeaders(302, -1));

        assertThat(problem("/to-file")).isEqualTo("redirected to a file:// address, which is not followed (only http and https are)");
        assertThat(problem("/to-ftp")).isEqualTo("redirected to a ftp:// address, which is not followed (only http and https are)");
        assertThat(problem("/no-location")).isEqualTo("HTTP 302 redirect without a Location header");
        assertThat(problem("/loop")).isEqualTo("more than 20 redirects; not followed further");
    }

    private String problem(String path) {
        try {
            fetcher.fetch(site.url(path));
            return "fetched";
        } catch (IngestException e) {
            return e.reason();
        }
    }
}
