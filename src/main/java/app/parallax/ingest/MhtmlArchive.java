package app.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A browser's single-file page archive (.mhtml, .mht): a MIME message whose first
 * {@code text/html} part is the page. Apache James mime4j parses it and undoes the
 * quoted-printable or base64 transfer encoding; the other parts (images, styles) are ignored.
 *
 */
final class MhtmlArchive {

    /**
     * @param html     the page's markup, decoded
     * @param location the page's original address from {@code Content-Location}, or ""
     */
    record Page(String html, String location) {
    }

    private MhtmlArchive() {
    }

    /** @throws IngestException if the archive holds no HTML page */
    static Page page(byte[] archive, String name) throws IngestException {
        Handler handler = new Handler();
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        parser.setContentHandler(handler);
        try {
            parser.parse(new ByteArrayInputStream(archive));
        } catch (MimeException | IOException e) {
            throw new IngestException(name, "not a readable web archive (" + e.getMessage() + ")", e);
        }
        return handler.page.orElseThrow(() -> new IngestException(name, "web archive holds no HTML page"));
    }

    private static final class Handler extends AbstractContentHandler {
        private String location = "";
        private boolean charsetDeclared;
        private Optional<Page> page = Optional.empty();

        @Override
        public void startHeader() {
            location = "";
            charsetDeclared = false;
        }

        @Override
        public void field(Field field) {
            if ("content-location".equalsIgnoreCase(field.getName())) {
                location = field.getBody().strip();
            }
            if ("content-type".equalsIgnoreCase(field.getName())) {
                // mime4j reports us-ascii when no charset is given; then the page's own meta tag decides
                charsetDeclared = field.getBody().toLowerCase(java.util.Locale.ROOT).contains("charset");
            }
        }

        @Override
        public void body(BodyDescriptor body, InputStream in) throws IOException {
            if (page.isEmpty() && "text/html".equalsIgnoreCase(body.getMimeType())) {
                byte[] bytes = in.readAllBytes();
                String html = !charsetDeclared || body.getCharset() == null ? HtmlDecoding.decode(bytes, null)
                        : HtmlDecoding.decode(bytes, charset(body.getCharset()));
                page = Optional.of(new Page(html, location));
            }
        }

        private static Charset charset(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return null;
            }
        }
    }
}
