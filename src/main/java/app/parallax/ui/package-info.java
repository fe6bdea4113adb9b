/**
 * The JavaFX reader's entry points: {@link app.parallax.ui.ReaderApp} (the application the pom,
 * installer and CLI start), its launcher, the start-up warm-up and the screenshot mode. The window
 * itself is built in sub-packages, one per part: {@code shell} (window, menus, keys, status bar),
 * {@code columns} (article columns, bands, levelling), {@code overview} (claim matrix),
 * {@code navigator} (Discrepancies panel), {@code notes}, {@code find}, {@code pair} (two outlets
 * side by side, View ▸ Compare Two Outlets…); {@code model} holds the
 * view model, {@code settings} the user's settings and {@code tasks} the background threads.
 * The reader never recomputes comparison logic: it shows what {@code app.parallax.report} derives.
 */
package app.parallax.ui;
