package app.parallax.store;

/** A story folder could not be written: names the folder or file and says why in plain words. */
public class StoreException extends Exception {

    private final String target;
    private final String reason;

    /** @param target the folder or file; @param reason why, e.g. "folder is not empty" */
    public StoreException(String target, String reason, Throwable cause) {
        super(target + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
    }

    /** The folder or file that could not be written. */
    public String target() {
        return target;
    }

    /** Why, in words a user understands. */
    public String reason() {
        return reason;
    }
}
