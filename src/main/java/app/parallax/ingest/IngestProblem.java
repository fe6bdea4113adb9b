package app.parallax.ingest;

/**
 * A source that was skipped while loading a story, and why. Loading goes on without it.
 */
public record IngestProblem(String source, String reason) {

    static IngestProblem of(IngestException e) {
        return new IngestProblem(e.source(), e.reason());
    }

    /** One line for a terminal or a notification: "path: reason". */
    public String message() {
        return source + ": " + reason;
    }
}
