package app.parallax.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One downloaded page, exactly as the server sent it.
 *
 * @param link        the address the user gave
 * @param finalUrl    the address after redirects
 * @param body        the bytes of the body (a copy is kept)
 * @param contentType the Content-Type header, or ""
 * @param fetchedAt   when the download finished
 */
public record FetchedPage(String link, String finalUrl, byte[] body, String contentType, Instant fetchedAt) {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    /** @throws NullPointerException if a value is null */
    public FetchedPage {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(finalUrl, "finalUrl");
        body = Objects.requireNonNull(body, "body").clone();
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The charset named in the Content-Type header, if Java knows it. */
    public Optional<Charset> headerCharset() {
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() ? Optional.of(Charset.forName(m.group(1))) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    boolean isHtml() {
        String t = mediaType();
        return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    boolean isPdf() {
        return mediaType().equals("application/pdf");
    }

    boolean isPlainText() {
        return mediaType().equals("text/plain");
    }

    private String mediaType() {
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }
}
