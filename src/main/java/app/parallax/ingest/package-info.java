/**
 * Reading articles as users have them into core {@link app.parallax.core.article.Article}s:
 * text files in any common encoding, saved web pages and single-file archives (article body by
 * Readability4J, metadata from JSON-LD and Open Graph), PDFs (PDFBox), http(s) links (the JDK
 * HttpClient) and pasted text. Only regular files are opened and every read is bounded. A source
 * that fails becomes an {@link app.parallax.ingest.IngestProblem} naming it and the reason, and
 * the others are still loaded; {@link app.parallax.ingest.Ingest} is the front door.
 */
package app.parallax.ingest;
