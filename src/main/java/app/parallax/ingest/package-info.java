/**
 * Reading articles from files, folders, HTML pages and pasted text into core
 * {@link app.parallax.core.article.Article}s, with a clear problem for each source that fails.
 */
package app.parallax.ingest;
