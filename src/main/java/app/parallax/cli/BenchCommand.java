package app.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench}: engine speed and memory figures. (Being written.) */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Print engine time and peak memory figures.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
