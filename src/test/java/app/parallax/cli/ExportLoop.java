package app.parallax.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Child process of {@link ExportKillTest}: runs the real {@code compare --json --pdf} command over
 * and over until killed, saying "exporting" once the first run has finished, so that a kill lands
 * at a random moment of a warm export rather than during JVM start-up.
 */
final class ExportLoop {

    private ExportLoop() {
    }

    public static void main(String[] args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(System.err, true);
        int status = Cli.run(args, quiet, err);
        System.out.println(status == 0 ? "exporting" : "failed " + status);
        System.out.flush();
        while (status == 0) {
            status = Cli.run(args, quiet, err);
        }
        System.exit(status);
    }
}
