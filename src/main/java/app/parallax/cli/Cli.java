package app.parallax.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
        description = "Compares news articles about one event: which passages agree, which conflict, which only one outlet has.")
public final class Cli implements Runnable {

    /**
     * The commands, in the order help lists them. They are added by {@link #commandLine}, not named
     * in the annotation: picocli reads every command's annotations by reflection when it is
     * added, which cost each short {@code compare} process tens of milliseconds for the commands it
     * does not run.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /** Exit status for bad arguments and unreadable input. */
    public static final int USAGE = 2;
    /** First arguments that ask the command line for help or its version rather than a command. */
    private static final Set<String> HELP_AND_VERSION = Set.of("help", "--help", "-h", "--version", "-V");

    /** True when the arguments name a command-line command rather than files for the reader. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (SUBCOMMANDS.containsKey(args[0]) || HELP_AND_VERSION.contains(args[0]));
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output streams (for tests); returns the exit status. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Terminal.guard(rawOut);
        PrintWriter err = Terminal.guard(rawErr);
        CommandLine cl = commandLine(args);
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

    /**
     * The command line for these arguments: with only the command they name when they name one
     * (its help, errors and behaviour are the same as in the whole tree), else with every command.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Cli());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return cl;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        out.put("compare", CompareCommand::new);
        out.put("pairs", PairsCommand::new);
        out.put("bench", BenchCommand::new);
        out.put("batch", app.parallax.batch.BatchCommand::new);
        out.put("batch-report", app.parallax.batch.BatchReportCommand::new);
        return out;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command: compare, pairs, bench, batch or batch-report");
    }
}
