/**
 * The JavaFX reader. {@code *View} classes build nodes; {@link app.parallax.ui.ReaderViewModel}
 * holds state and imports no {@code javafx.scene}; pure helpers ({@code HighlightPlan},
 * {@code DiscrepancyNavigator}, {@code ClaimSummary}) turn a core {@code ComparisonResult} into
 * what is shown, and the notes and settings stores read and write JSON off the FX thread. The
 * reader never recomputes comparison logic.
 */
package app.parallax.ui;
