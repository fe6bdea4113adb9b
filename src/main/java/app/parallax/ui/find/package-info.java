/**
 * Find in all columns: the pure search ({@link app.parallax.ui.find.FindModel}) and the find bar.
 */
package app.parallax.ui.find;
