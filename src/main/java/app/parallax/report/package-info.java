/**
 * What every view shows about a comparison, derived once from a
 * {@link app.parallax.core.ComparisonResult}: the verdict a passage is shown with and its own
 * conflicting words, its counterparts, the wording of a claim ("meal: lunch — A, B · dinner — C")
 * and per-outlet counts. The reader, the annotated PDF and the terminal report all ask
 * {@link app.parallax.report.StoryReport} instead of working out "who says what" themselves.
 * {@link app.parallax.report.PairReport} lays two outlets side by side for the pair view: linked
 * passages with their word differences, and what only one of the two reports.
 * Pure Java: depends only on the core (an ArchUnit rule keeps JavaFX and PDFBox out).
 */
package app.parallax.report;
