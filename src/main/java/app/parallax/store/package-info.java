/**
 * The user's own files that Parallax writes: here, a story saved as a folder (article texts, the
 * pages and PDFs they came from, and a {@code story.json} recording outlet, address and fetch
 * time) that reopens offline through {@link app.parallax.ingest.Ingest}.
 */
package app.parallax.store;
