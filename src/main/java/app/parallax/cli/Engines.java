package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.semantic.Semantic;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** The engine a command uses: the best comparison by default, words alone with {@code --fast}. */
final class Engines {

    private Engines() {
    }

    static Comparison choose(boolean fast) {
        return fast ? Comparison.standard() : Semantic.comparison();
    }

    /**
     * {@link #choose} on a thread of its own, started now: building the engine loads and
     * initialises its classes (the sentence breaker's rules among them), which a command can
     * overlap with reading its files. The supplier waits for it.
     */
    static Supplier<Comparison> prepare(boolean fast) {
        FutureTask<Comparison> engine = new FutureTask<>(() -> choose(fast));
        Thread t = new Thread(engine, "parallax-engine-setup");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return engine.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while the engine was being built");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
