/**
 * The pure comparison engine's front door: {@link app.parallax.core.Comparison} takes articles and
 * returns a {@link app.parallax.core.ComparisonResult}. Nothing in core imports JavaFX, PDFBox,
 * jsoup or any I/O beyond reading bundled lexicons.
 */
@NullMarked
package app.parallax.core;

import org.jspecify.annotations.NullMarked;
