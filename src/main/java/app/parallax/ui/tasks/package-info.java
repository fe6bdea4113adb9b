/**
 * Where the reader's blocking work runs: {@link app.parallax.ui.tasks.Background} hides the executor
 * (named daemon threads in the app, the calling thread in tests).
 */
package app.parallax.ui.tasks;
