/**
 * Exports of a comparison. {@link app.parallax.export.PdfExport} writes the annotated PDF (cover,
 * articles with highlight, conflict and note annotations, outline); its helpers are the
 * package-private {@code Pdf*} classes. Every export writes atomically and reports failure as an
 * {@link app.parallax.export.ExportException} naming the target.
 */
package app.parallax.export;
