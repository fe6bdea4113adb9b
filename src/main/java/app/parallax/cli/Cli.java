package app.parallax.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Front door of the command line: {@code compare}, {@code pairs}, {@code bench}, and the Spark
 * batch {@code batch} and {@code batch-report} (which need Spark on the class path). Exit status 0
 * on success, 2 for bad arguments or unreadable input (one line on stderr naming the file and the
 * reason), 1 for unexpected failures. Everything printed has its control characters neutralised
 * ({@link Terminal}), since much of it comes from article text.
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1",
        description = "Compares news articles about one event: which passages agree, which conflict, which only one outlet has.",
        subcommands = {CompareCommand.class, PairsCommand.class, BenchCommand.class,
            app.parallax.batch.BatchCommand.class, app.parallax.batch.BatchReportCommand.class})
public final class Cli implements Runnable {

    /** Exit status for bad arguments and unreadable input. */
    public static final int USAGE = 2;
    private static final Set<String> COMMANDS = Set.of("compare", "pairs", "bench", "batch", "batch-report", "help", "--help", "-h",
            "--version", "-V");

    /** True when the arguments name a command-line command rather than files for the reader. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output streams (for tests); returns the exit status. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Terminal.guard(rawOut);
        PrintWriter err = Terminal.guard(rawErr);
        CommandLine cl = new CommandLine(new Cli());
        // no ANSI styling in help: the terminal guard would show its escape codes as U+FFFD
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(out).setErr(err);
        cl.setExitCodeExceptionMapper(e -> 1);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("parallax: " + ex.getMessage());
            return USAGE;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command: compare, pairs, bench, batch or batch-report");
    }
}
