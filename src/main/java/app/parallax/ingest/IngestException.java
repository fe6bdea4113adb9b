package app.parallax.ingest;

/**
 * An article could not be read: names the source and says why in words a user understands.
 */
public class IngestException extends Exception {

    private final String source;
    private final String reason;

    public IngestException(String source, String reason) {
        this(source, reason, null);
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file or URL that failed. */
    public String source() {
        return source;
    }

    /** Why, e.g. "file is empty". */
    public String reason() {
        return reason;
    }
}
