package app.parallax.ingest;

import app.parallax.ingest.HtmlArticle.Extracted;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the reader for a file or downloaded page by its content and name (PDF, web archive,
 * HTML page, text) and returns its article text and metadata. Formats Parallax cannot read
 * (word-processor files, images, archives) are refused by name.
 */
final class ArticleReader {

    /** File name extensions read as articles. */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "pdf");
    static final String ACCEPTED = ".txt, .md, .html, .htm, .mhtml or .pdf";
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    private static final Set<String> ARCHIVE = Set.of("mhtml", "mht");
    private static final PageMetadata NONE = new PageMetadata("", "", "", "", "");

    private ArticleReader() {
    }

    /** Reads a regular file of at most {@link SourceFile#MAX_BYTES}. */
    static Extracted fromFile(Path file) throws IngestException {
        byte[] bytes = SourceFile.read(file);
        String name = file.toString();
        return bounded(fromBytes(bytes, extension(file.getFileName().toString()), name, ""), name);
    }

    /** Reads a downloaded page: HTML, PDF or plain text by its content type. */
    static Extracted fromPage(FetchedPage page) throws IngestException {
        return bounded(pageText(page), page.link());
    }

    private static Extracted bounded(Extracted read, String name) throws IngestException {
        TextBounds.requireShortEnough(read.text(), name);
        return read;
    }

    private static Extracted pageText(FetchedPage page) throws IngestException {
        byte[] bytes = page.body();
        if (page.isPdf() || isPdf(bytes)) {
            return new Extracted(PdfArticle.toText(bytes, page.link()), NONE);
        }
        if (page.isPlainText()) {
            return new Extracted(TextDecoding.decode(bytes, page.link()), NONE);
        }
        refuseBinaryPage(bytes, page.link());
        return html(HtmlDecoding.decode(bytes, page.headerCharset().orElse(null)), page.finalUrl(), page.link());
    }

    private static Extracted fromBytes(byte[] bytes, String ext, String name, String baseUri) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(name, "file is empty");
        }
        refuseUnsupported(bytes, ext, name);
        if (isPdf(bytes)) {
            return new Extracted(PdfArticle.toText(bytes, name), NONE);
        }
        if (ARCHIVE.contains(ext) || isMimeArchive(bytes)) {
            MhtmlArchive.Page page = MhtmlArchive.page(bytes, name);
            return html(page.html(), page.location(), name);
        }
        if (HTML.contains(ext)) {
            refuseBinaryPage(bytes, name);
            return html(HtmlDecoding.decode(bytes, null), baseUri, name);
        }
        String text = TextDecoding.decode(bytes, name);
        return looksLikeHtml(text) ? html(text, baseUri, name) : new Extracted(text, NONE);
    }

    /** Extracts a page's article; a page without one is an error naming the source. */
    static Extracted html(String html, String baseUri, String name) throws IngestException {
        Extracted e = HtmlArticle.extract(html, baseUri);
        if (e.text().isBlank()) {
            throw new IngestException(name, "page has no article text");
        }
        return e;
    }

    private static void refuseUnsupported(byte[] b, String ext, String name) throws IngestException {
        if (startsWith(b, "PK\u0003\u0004")) {
            throw new IngestException(name, "unsupported file type (a ZIP-based document such as .docx or .odt); save it as " + ACCEPTED);
        }
        if (startsWith(b, "\u0089PNG") || startsWith(b, "\u00ff\u00d8\u00ff") || startsWith(b, "GIF8")
                || (startsWith(b, "RIFF") && b.length > 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP"))) {
            throw new IngestException(name, "unsupported file type (an image, not an article)");
        }
        if (startsWith(b, "\u00d0\u00cf\u0011\u00e0")) {
            throw new IngestException(name, "unsupported file type (an old Office document such as .doc); save it as " + ACCEPTED);
        }
    }

    /** Random or binary bytes named .html or sent as text/html are refused as a .txt file of them is. */
    private static void refuseBinaryPage(byte[] bytes, String name) throws IngestException {
        if (TextDecoding.bomCharset(bytes).isEmpty() && TextDecoding.looksBinary(bytes)) {
            throw new IngestException(name, "binary data, not a web page");
        }
    }

    static boolean isPdf(byte[] b) {
        return startsWith(b, "%PDF-");
    }

    private static boolean isMimeArchive(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((b[i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
