package app.parallax.ingest;

import java.time.Duration;

/**
 * What one article may cost to read, whatever its format: at most {@link #MAX_CHARACTERS} of text,
 * {@link #MAX_PAGES} pages and {@link #MAX_TIME} of extraction. A file's size says little about
 * its text (a 500 KB PDF can inflate to hundreds of megabytes, and its page count can lie), so
 * the bounds are counted while the text is extracted, and the read stops as soon as one is passed.
 * An interrupted thread stops the read too.
 */
final class TextBounds {

    /** Most characters of text one article may have (a long feature is 60,000). */
    static final int MAX_CHARACTERS = 1_000_000;
    /** Most pages a PDF article may have. */
    static final int MAX_PAGES = 1_000;
    /** Longest time one article's text may take to extract. */
    static final Duration MAX_TIME = Duration.ofSeconds(30);

    /** A bound was passed; the message says which, in words for the user. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final long deadline;
    private long characters;
    private int pages;

    private TextBounds(long deadline) {
        this.deadline = deadline;
    }

    /** Bounds whose time starts now. */
    static TextBounds startNow() {
        return new TextBounds(System.nanoTime() + MAX_TIME.toNanos());
    }

    /** Counts extracted characters. @throws Exceeded past {@link #MAX_CHARACTERS} */
    void countCharacters(int n) {
        characters += n;
        if (characters > MAX_CHARACTERS) {
            throw tooLong();
        }
    }

    /** Counts a page. @throws Exceeded past {@link #MAX_PAGES} */
    void countPage() {
        if (++pages > MAX_PAGES) {
            throw new Exceeded("PDF has more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_PAGES) + " pages; not an article");
        }
        checkTime();
    }

    /** @throws Exceeded when the time is up or the thread was interrupted */
    void checkTime() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("reading was cancelled");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded("text took longer than " + MAX_TIME.toSeconds() + " s to extract; not read");
        }
    }

    /** Refuses a text longer than {@link #MAX_CHARACTERS}, naming the source. */
    static void requireShortEnough(String text, String name) throws IngestException {
        if (text.length() > MAX_CHARACTERS) {
            throw new IngestException(name, tooLong().getMessage());
        }
    }

    private static Exceeded tooLong() {
        return new Exceeded("text is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_CHARACTERS) + " characters; not an article");
    }
}
