/**
 * The user's settings (window, theme, zoom, recent stories) and their JSON file in
 * {@code ~/.parallax/}, saved off the FX thread.
 */
package app.parallax.ui.settings;
