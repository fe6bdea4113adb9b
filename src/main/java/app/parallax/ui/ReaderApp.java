package app.parallax.ui;

import app.parallax.core.ProgressListener;
import app.parallax.export.PdfExport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.concurrent.Task;
import javafx.stage.Stage;

/**
 * The JavaFX application: owns the background threads, the settings and the main window. Not
 * the jar's main class ({@code app.parallax.Main} is), so JavaFX can stay on the class path.
 */
public final class ReaderApp extends Application {

    private SettingsStore settingsStore;
    private Settings settings;
    private List<Path> startPaths = List.of();
    private Path screenshot;
    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private ReaderView view;
    private Stage stage;

    /** Off the FX thread: reads settings and decides what to open. */
    @Override
    public void init() {
        settingsStore = SettingsStore.inUserHome();
        settings = settingsStore.load();
        List<String> raw = new ArrayList<>(getParameters().getRaw());
        int shot = raw.indexOf(ReaderLauncher.SCREENSHOT_OPTION);
        if (shot >= 0 && shot + 1 < raw.size()) {
            screenshot = Path.of(raw.get(shot + 1)).toAbsolutePath();
            raw.subList(shot, shot + 2).clear();
        }
        if (!raw.isEmpty()) {
            startPaths = raw.stream().map(Path::of).toList();
        } else if (screenshot == null && !settings.lastStory().isEmpty()
                && settings.lastStory().stream().map(Path::of).allMatch(Files::exists)) {
            startPaths = settings.lastStory().stream().map(Path::of).toList();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        compute = Background.named("compare");
        io = Background.named("io");
        vm = new ReaderViewModel(compute, io, ComparisonEngine.fast(), ComparisonEngine.full());
        view = new ReaderView(vm, settings);
        view.setAnnotatedPdfExporter((result, notes, title, target) -> PdfExport.write(result, notes, title,
                PdfExport.Layout.CONTINUOUS, target, ProgressListener.NONE));
        // -Dparallax.screenshot.size=1280x720 picks another size for README screenshots
        String[] size = System.getProperty("parallax.screenshot.size", "1600x1000").split("x");
        double width = screenshot != null ? Double.parseDouble(size[0]) : settings.width();
        double height = screenshot != null ? Double.parseDouble(size[1]) : settings.height();
        stage.setScene(view.createScene(width, height));
        stage.titleProperty().bind(vm.storyTitleProperty().concat(" — Parallax"));
        view.setOnFirstHighlights(() -> System.out.printf(
                "Time from window shown to highlights visible: %.0f ms (from launch: %d ms)%n",
                view.timeToHighlightsNanos() / 1e6, sinceLaunchMillis()));
        if (screenshot != null) {
            new ScreenshotMode(view, vm, io, screenshot).arm();
        }
        // The frame, menus and status bar (with "Opening…" progress) paint first; loading starts
        // after that first frame, so the window is never a blank rectangle while columns are built.
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(ReaderApp.this::openFirstStory);
            }
        });
        vm.showOpening();
        stage.show();
    }

    private void openFirstStory() {
        System.out.printf("Time from launch to window content: %d ms%n", sinceLaunchMillis());
        if (startPaths.isEmpty()) {
            vm.openExample();
        } else {
            vm.open(startPaths);
        }
    }

    private static long sinceLaunchMillis() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
    }

    @Override
    public void stop() {
        if (view != null && screenshot == null) {
            Settings last = view.settings(settings).withSize(stage.getWidth(), stage.getHeight())
                    .withLastStory(vm.openedPaths());
            io.submit(new Task<Void>() {
                @Override
                protected Void call() {
                    try {
                        settingsStore.save(last);
                    } catch (IOException e) {
                        System.getLogger(ReaderApp.class.getName())
                                .log(System.Logger.Level.WARNING, "settings not saved: " + e.getMessage());
                    }
                    return null;
                }
            });
        }
        if (compute != null) {
            compute.close();
        }
        if (io != null) {
            io.close();
        }
    }
}
