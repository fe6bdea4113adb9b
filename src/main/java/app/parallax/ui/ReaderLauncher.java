package app.parallax.ui;

/** Starts the JavaFX reader. (Being written.) */
public final class ReaderLauncher {
    private ReaderLauncher() {
    }

    public static void launch(String[] args) {
        System.err.println("The reader is not built yet.");
    }
}
