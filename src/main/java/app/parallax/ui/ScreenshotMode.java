package app.parallax.ui;
import app.parallax.ui.model.LaunchClock;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.shell.ReaderView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * The launcher's hidden {@code --screenshot FILE} option: once highlights are shown, steps to the
 * first discrepancy, lets layout settle, writes the window as a PNG and quits. Used to check the
 * real window under Xvfb. With {@code --screenshot-view pair} it opens View ▸ Compare Two
 * Outlets… first and steps to the pair's first differing row.
 */
final class ScreenshotMode {

    private final ReaderView view;
    private final ReaderViewModel vm;
    private final Background io;
    private final Path target;
    private final boolean pair;

    /** @param shownView "pair" for the pair view; anything else shows the columns */
    ScreenshotMode(ReaderView view, ReaderViewModel vm, Background io, Path target, String shownView) {
        this.pair = "pair".equals(shownView);
        this.view = view;
        this.vm = vm;
        this.io = io;
        this.target = target;
    }

    void arm() {
        view.setOnFirstHighlights(() -> {
            System.out.printf("Time from window shown to highlights visible: %.0f ms%n", view.timeToHighlightsNanos() / 1e6);
            LaunchClock.print("highlights visible");
            whenCompared(this::shoot);
        });
    }

    /** Runs {@code then} once the full comparison is shown (not while it is refining), so the picture shows today's engine. */
    private void whenCompared(Runnable then) {
        javafx.beans.InvalidationListener check = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (!vm.busyProperty().get() && !vm.refiningProperty().get()) {
                    vm.busyProperty().removeListener(this);
                    vm.refiningProperty().removeListener(this);
                    then.run();
                }
            }
        };
        vm.busyProperty().addListener(check);
        vm.refiningProperty().addListener(check);
        check.invalidated(null);
    }

    /** Steps to the first discrepancy (or pair-view difference) a moment after the comparison settles, then takes the picture. */
    private void shoot() {
        PauseTransition settle = new PauseTransition(Duration.seconds(1));
        settle.setOnFinished(e -> {
            if (pair) {
                view.pair().showPair();
                view.pair().nextDifference();
            } else {
                vm.nextDiscrepancy();
            }
            PauseTransition again = new PauseTransition(Duration.seconds(1.5));
            again.setOnFinished(x -> take());
            again.play();
        });
        settle.play();
    }

    private void take() {
        WritableImage image = view.root().getScene().snapshot(null);
        var buffered = SwingFXUtils.fromFXImage(image, null);
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                Files.createDirectories(target.toAbsolutePath().getParent());
                ImageIO.write(buffered, "png", target.toFile());
                return null;
            }
        };
        write.setOnSucceeded(e -> {
            System.out.println("Screenshot written to " + target);
            Platform.exit();
        });
        write.setOnFailed(e -> {
            System.err.println("Screenshot failed: " + write.getException());
            Platform.exit();
        });
        io.submit(write);
    }
}
