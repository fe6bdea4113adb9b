package app.parallax.cli;

import java.util.Set;

/** Front door of the command line. (Being written.) */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("compare", "pairs", "bench", "--help", "-h", "--version");

    private Cli() {
    }

    /** True when the arguments name a command-line command rather than files for the reader. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.err.println("not yet");
        return 2;
    }
}
