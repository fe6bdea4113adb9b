package app.parallax.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An export that could not be written: names the target file and says why in plain words, e.g.
 * "Cannot write /home/ana/out/story.pdf: the folder /home/ana/out does not exist". The cause, if
 * any, is kept.
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path target;
    private final String reason;

    /**
     * @param target the file that was to be written, never null
     * @param reason a short plain explanation, never null
     * @param cause  the underlying failure, or null
     */
    public ExportException(Path target, String reason, Throwable cause) {
        super("Cannot write " + Objects.requireNonNull(target, "target") + ": "
                + Objects.requireNonNull(reason, "reason"), cause);
        this.target = target;
        this.reason = reason;
    }

    /** Same as {@code ExportException(target, reason, null)}. */
    public ExportException(Path target, String reason) {
        this(target, reason, null);
    }

    /** The file that was to be written. */
    public Path target() {
        return target;
    }

    /** Why it could not be written, without the file name. */
    public String reason() {
        return reason;
    }
}
