package app.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test pages shaped like real news pages: cookie banner, navigation, ads, share buttons, the
 * article with JSON-LD and Open Graph metadata, related links, comments and a footer.
 */
public final class NewsPages {

    /** Clutter that must never reach the extracted text. */
    static final List<String> CLUTTER = List.of("Accept all cookies", "Subscribe now", "World", "Sport",
            "Advertisement", "Share on", "Related stories", "Comments", "great article", "All rights reserved",
            "Sign up for our newsletter", "Most read");

    private NewsPages() {
    }

    /** A story fixture: its headline and paragraphs. */
    public record Story(String headline, List<String> paragraphs) {
        public static Story read(Path txt) throws IOException {
            List<String> blocks = Arrays.stream(Files.readString(txt).split("\n\n")).map(String::strip).toList();
            return new Story(blocks.get(0), blocks.subList(1, blocks.size()));
        }

        public String text() {
            return headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        }
    }

    static String page(String outlet, String author, String date, String canonical, Story story, String charsetMeta) {
        String body = story.paragraphs().stream().map(p -> "      <p>" + escape(p) + "</p>\n").collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="%6$s">
                <title>%2$s | %1$s</title>
                <meta property="og:site_name" content="%1$s">
                <meta property="og:title" content="%2$s">
                <meta name="author" content="%3$s">
                <link rel="canonical" href="%5$s">
                <link rel="stylesheet" href="/styles/site.css">
                <script src="/js/tracker.js"></script>
                <script>document.write('Subscribe now for 1 dollar')</script>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"%2$s",
                 "datePublished":"%4$sT08:15:00Z","author":[{"@type":"Person","name":"%3$s"}],
                 "publisher":{"@type":"Organization","name":"%1$s"}}
                </script>
                </head><body>
                <div id="cookie-banner" class="cookie-consent gdpr">We use cookies to improve your experience.
                  <button>Accept all cookies</button> <button>Manage settings</button></div>
                <header class="site-header"><a class="logo" href="/">%1$s</a>
                  <nav class="menu"><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
                <div class="ad-banner sponsor"><img src="/ads/banner.gif" alt="">Advertisement</div>
                <main>
                  <article class="story">
                    <h1 class="headline">%2$s</h1>
                    <div class="byline">By %3$s · <time datetime="%4$s">%4$s</time></div>
                    <div class="social share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                    <figure><img src="/photos/bridge.jpg" alt="The bridge"><figcaption>The harbor at dawn. Photo: Agency</figcaption></figure>
                    <div class="story-body">
                %7$s    </div>
                    <aside class="related"><h3>Related stories</h3><ul>
                      <li><a href="/a">City council approves new tram line for the east shore</a></li>
                      <li><a href="/b">Ferry operator adds night services over the summer</a></li></ul></aside>
                  </article>
                  <section id="comments" class="comments"><h3>Comments</h3>
                    <div class="comment">What a great article, thanks for the report!</div>
                    <div class="comment">I drive over that bridge every day.</div></section>
                </main>
                <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Weather: storm warning for the coast</a></li></ol>
                  <div class="newsletter">Sign up for our newsletter</div></aside>
                <footer class="site-footer"><p>© 2026 %1$s. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                </body></html>
                """.formatted(escape(outlet), escape(story.headline()), escape(author), date, canonical, charsetMeta, body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
