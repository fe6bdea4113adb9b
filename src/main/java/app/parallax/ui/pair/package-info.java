/**
 * The pair view (View ▸ Compare Two Outlets…): two chosen outlets side by side, as a diff tool
 * shows two files, with each linked pair's word differences inline and the passages only one of
 * the two reports. {@link app.parallax.ui.pair.PairViewModel} holds the state and imports no
 * {@code javafx.scene}; {@link app.parallax.ui.pair.PairView} builds the nodes. The rows come from
 * {@link app.parallax.report.PairReport}; nothing here compares text.
 */
package app.parallax.ui.pair;
