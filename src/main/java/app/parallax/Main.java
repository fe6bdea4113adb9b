package app.parallax;

import app.parallax.cli.Cli;

/**
 * Entry point of {@code parallax.jar}: {@code compare}, {@code pairs} and {@code bench} run on the
 * command line; anything else (including no arguments) opens the reader.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        app.parallax.ui.ReaderLauncher.launch(args);
    }
}
