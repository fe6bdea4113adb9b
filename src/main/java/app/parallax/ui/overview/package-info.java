/**
 * The overview matrix under the columns: claims in story order against outlets, each cell a
 * verdict; a click brings the claim into view.
 */
package app.parallax.ui.overview;
