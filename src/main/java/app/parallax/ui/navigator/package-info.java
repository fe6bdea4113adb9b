/**
 * The Discrepancies side panel: the disputed claims two shown outlets report, with previous/next.
 */
package app.parallax.ui.navigator;
