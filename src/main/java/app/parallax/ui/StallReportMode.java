package app.parallax.ui;

import app.parallax.ui.model.ReaderViewModel;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;

/**
 * The launcher's hidden {@code --stall-report} option: measures the longest time the UI thread
 * could not paint while the story given on the command line is opened, compared by words, then by
 * meaning, and laid out, prints it and quits. {@code bench --write-stories DIR} makes stories of
 * 9 and 60 synthetic articles to measure.
 */
final class StallReportMode {

    private final ReaderViewModel vm;
    private final StallMeter meter = new StallMeter();
    private long startNanos;
    private boolean done;

    StallReportMode(ReaderViewModel vm) {
        this.vm = vm;
    }

    /** Starts measuring once the window is shown (call on the FX thread before it shows). */
    void arm(javafx.stage.Stage stage) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            startNanos = System.nanoTime();
            meter.start();
        });
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (!done && settled()) {
                    done = true;
                    PauseTransition layout = new PauseTransition(Duration.seconds(2));
                    layout.setOnFinished(e -> report());
                    layout.play();
                }
            }
        };
        vm.busyProperty().addListener(check);
        vm.refiningProperty().addListener(check);
        vm.resultProperty().addListener(check);
    }

    private boolean settled() {
        return !vm.busyProperty().get() && !vm.refiningProperty().get() && !vm.articles().isEmpty()
                && vm.result().articles().size() == vm.articles().size();
    }

    private void report() {
        meter.stop();
        System.out.printf(Locale.ROOT, "Opened %d articles: %.1f s from window shown to the full comparison shown: "
                        + "longest UI-thread stall %.0f ms, %d over 100 ms, %d probes; "
                        + "most UI-thread CPU time during one stall %.0f ms (at %.1f s)%n",
                vm.articles().size(), (System.nanoTime() - startNanos) / 1e9 - 2, meter.longestMillis(), meter.stalls(),
                meter.probes(), meter.longestBusyMillis(), meter.longestBusyAtSeconds());
        System.out.print(meter.whereStalled());
        Platform.exit();
    }
}
