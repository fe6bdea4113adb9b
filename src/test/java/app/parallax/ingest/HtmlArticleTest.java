package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.ingest.NewsPages.Story;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {

    static final Path STORY = Path.of("src/test/resources/ingest/story");

    @TempDir
    Path dir;

    @Test
    void aSavedNewsPageGivesTheArticleParagraphsAndNoneOfTheClutter() throws Exception {
        Story story = Story.read(STORY.resolve("coastal-times.txt"));
        Files.writeString(dir.resolve("saved.html"), NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02",
                "https://coastaltimes.example/bridge", story, "utf-8"));

        Article a = Ingest.readFile(dir.resolve("saved.html"));

        assertThat(a.text()).isEqualTo(story.text());
        NewsPages.CLUTTER.forEach(c -> assertThat(a.text()).doesNotContain(c));
        assertThat(a.text()).doesNotContain("Photo: Agency", "tram line", "cookies", "every day.");
    }

    @Test
    void metadataComesFromJsonLdAndOpenGraphWithoutTheSiteSuffix() throws Exception {
        Story story = Story.read(STORY.resolve("coastal-times.txt"));
        Files.writeString(dir.resolve("saved.html"), NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02",
                "https://coastaltimes.example/bridge", story, "utf-8"));

        Article a = Ingest.readFile(dir.resolve("saved.html"));

        assertThat(a.outlet()).isEqualTo("Coastal Times");
        assertThat(a.title()).isEqualTo("Port Veylan shuts its harbor bridge over a cracked support");
        assertThat(a.author()).isEqualTo("Mara Lind");
        assertThat(a.date()).isEqualTo("2026-03-02");
        assertThat(a.url()).isEqualTo("https://coastaltimes.example/bridge");
    }

    @Test
    void titleSuffixNamingTheSiteIsDropped() {
        assertThat(PageMetadata.withoutSiteSuffix("Bridge closes | Coastal Times", "Coastal Times")).isEqualTo("Bridge closes");
        assertThat(PageMetadata.withoutSiteSuffix("Bridge closes - The Coastal Times", "Coastal Times")).isEqualTo("Bridge closes");
        assertThat(PageMetadata.withoutSiteSuffix("Ferries: what to know", "Coastal Times")).isEqualTo("Ferries: what to know");
    }

    @Test
    void aWindows1252PageDeclaredInAMetaTagKeepsItsCurlyQuotes() throws Exception {
        Story story = Story.read(STORY.resolve("coastal-times.txt"));
        String html = NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02", "https://coastaltimes.example/b", story, "windows-1252");
        Files.write(dir.resolve("cp1252.htm"), html.getBytes(Charset.forName("windows-1252")));

        Article a = Ingest.readFile(dir.resolve("cp1252.htm"));

        assertThat(a.text()).contains("“We will not take any risks with people’s safety,” Ostrova said.");
    }

    @Test
    void aSingleFileWebArchiveIsReadLikeThePage() throws Exception {
        Story story = Story.read(STORY.resolve("coastal-times.txt"));
        String html = NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02", "https://coastaltimes.example/b", story, "utf-8");
        String qp = quotedPrintable(html);
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://coastaltimes.example/b\r\n"
                + "Subject: Bridge\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n------MultipartBoundary--abc\r\n"
                + "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://coastaltimes.example/b\r\n\r\n" + qp + "\r\n------MultipartBoundary--abc\r\n"
                + "Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://coastaltimes.example/photos/bridge.jpg\r\n\r\n"
                + "/9j/4AAQSkZJRgABAQAAAQABAAD/\r\n------MultipartBoundary--abc--\r\n";
        Files.writeString(dir.resolve("page.mhtml"), mhtml, StandardCharsets.US_ASCII);

        Article a = Ingest.readFile(dir.resolve("page.mhtml"));

        assertThat(a.text()).isEqualTo(story.text());
        assertThat(a.outlet()).isEqualTo("Coastal Times");
    }

    @Test
    void aPageWithoutArticleTextIsReportedByName() throws Exception {
        Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>");

        LoadedStory story = Ingest.load(List.of(dir.resolve("menu.html")));

        assertThat(story.problems()).extracting(IngestProblem::message)
                .containsExactly(dir.resolve("menu.html") + ": page has no article text");
    }

    /** Quoted-printable as Chrome writes it: non-ASCII bytes and '=' escaped, soft line breaks. */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece = c == '\n' ? "\r\n" : (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (col + piece.length() > 75 && c != '\n') {
                out.append("=\r\n");
                col = 0;
            }
            out.append(piece);
            col = c == '\n' ? 0 : col + piece.length();
        }
        return out.toString();
    }

    /** A fuzzer finding, kept in HtmlFuzzTestInputs/anyPageGivesPlainText/runaway-title-bom. */
    @Test
    void aTitleWhoseEndTagIsBrokenByABomNeverTurnsThePageSourceIntoTheArticle() throws Exception {
        Path page = Path.of("src/test/resources/app/parallax/ingest/HtmlFuzzTestInputs/anyPageGivesPlainText/runaway-title-bom");
        Files.copy(page, dir.resolve("bom.html"));

        Article a = Ingest.readFile(dir.resolve("bom.html"));

        assertThat(a.text()).isEqualTo("Engineers said the bridge would reopen on Monday after repairs to the deck.\n\n"
                + "Repairs, they said, took longer than planned because of the storm.\n");
    }
}
