/**
 * What every view shows about a comparison, derived once from a
 * {@link app.parallax.core.ComparisonResult}: the verdict a passage is shown with and its own
 * conflicting words, its counterparts, the wording of a claim ("meal: lunch — A, B · dinner — C")
 * and per-outlet counts. The reader, the annotated PDF and the terminal report all ask
 * {@link app.parallax.report.StoryReport} instead of working out "who says what" themselves.
 * Pure Java: depends only on the core (an ArchUnit rule keeps JavaFX and PDFBox out).
 */
package app.parallax.report;
