/** The command line: argument parsing (picocli), exit statuses and the terminal report. */
package app.parallax.cli;
