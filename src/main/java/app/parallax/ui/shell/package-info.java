/**
 * The main window: {@link app.parallax.ui.shell.ReaderView} assembles the parts of the other
 * {@code ui} packages and wires them to the view model; menus, toolbar, keys, theme and zoom,
 * file dialogs and drag-and-drop, status bar, legend and problem banner live here.
 */
package app.parallax.ui.shell;
