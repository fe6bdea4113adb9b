package app.parallax.ui;

import app.parallax.core.Comparison;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.IngestException;
import app.parallax.semantic.Semantic;
import java.util.List;

/**
 * While JavaFX builds the window (seconds with software rendering), a background thread compares
 * two tiny made-up texts, after reading the bundled example story, so that the reading code and
 * the engine's classes and data (sentence rules, stemmer, word lists) are loaded before the real
 * story arrives, and the first highlights come sooner. The results are thrown away. On a first
 * start (no cached sentence vectors) it also starts loading the sentence model, which the full
 * comparison will need.
 */
final class EngineWarmUp {

    private EngineWarmUp() {
    }

    static void start() {
        Thread t = new Thread(EngineWarmUp::run, "parallax-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            Ingest.load(List.of(Ingest.defaultCorpus()));
        } catch (IngestException | RuntimeException e) {
            // the example story is only read to load the reading code; a problem shows when it is opened
        }
        try {
            Comparison.standard().run(List.of(
                    new Article("warm-a", "", "A", "", "", "Harbour strike ends\n\nDock workers voted on Monday to accept "
                            + "a 4% pay offer, the union said. Ferries will run again from Tuesday."),
                    new Article("warm-b", "", "B", "", "", "Dock strike is over\n\nWorkers at the port accepted a pay "
                            + "offer of 4% on Monday, union officials said. Ferry services resume on Wednesday.")),
                    ProgressListener.NONE);
        } catch (RuntimeException e) {
            // an optimisation only: the real comparison reports any problem
        }
        Semantic.warmUpIfCacheEmpty();
    }
}
