package app.parallax.ui;
import app.parallax.ui.model.LaunchClock;
import app.parallax.ui.model.StartupPreload;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.settings.SettingsSaver;
import app.parallax.ui.settings.SettingsStore;
import app.parallax.ui.shell.ReaderView;

import app.parallax.core.ProgressListener;
import app.parallax.ingest.LinkFetcher;
import app.parallax.export.PdfExport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application: owns the background threads, the settings and the main window. Not
 * the jar's main class ({@code app.parallax.Main} is), so JavaFX can stay on the class path.
 */
public final class ReaderApp extends Application {

    private SettingsStore settingsStore;
    private Settings settings;
    private List<Path> startPaths = List.of();
    /** Files and links given together; read as one story, as {@code compare} reads them. */
    private List<String> startSources = List.of();
    private Path screenshot;
    private String screenshotView = "columns";
    private boolean stallReport;
    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private ReaderView view;
    private Stage stage;
    private Optional<String> settingsProblem = Optional.empty();
    private SettingsSaver saver;

    /** Off the FX thread: reads settings and decides what to open. */
    @Override
    public void init() {
        EngineWarmUp.start();
        settingsStore = SettingsStore.inUserHome();
        SettingsStore.Loaded loaded = settingsStore.loadChecked();
        settings = loaded.settings();
        settingsProblem = loaded.problem();
        List<String> raw = new ArrayList<>(getParameters().getRaw());
        int shotView = raw.indexOf(ReaderLauncher.SCREENSHOT_VIEW_OPTION);
        if (shotView >= 0 && shotView + 1 < raw.size()) {
            screenshotView = raw.get(shotView + 1);
            raw.subList(shotView, shotView + 2).clear();
        }
        stallReport = raw.remove(ReaderLauncher.STALL_REPORT_OPTION);
        int shot = raw.indexOf(ReaderLauncher.SCREENSHOT_OPTION);
        if (shot >= 0 && shot + 1 < raw.size()) {
            screenshot = Path.of(raw.get(shot + 1)).toAbsolutePath();
            raw.subList(shot, shot + 2).clear();
        }
        if (raw.stream().anyMatch(LinkFetcher::isLink)) {
            startSources = List.copyOf(raw); // links and files, read in the given order
        } else if (!raw.isEmpty()) {
            startPaths = raw.stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        } else if (screenshot == null && !stallReport && !settings.lastStory().isEmpty()
                && settings.lastStory().stream().map(Path::of).allMatch(Files::exists)) {
            startPaths = settings.lastStory().stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        }
        StartupPreload.begin(startPaths);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        compute = Background.lowered("compare");
        io = Background.named("io");
        vm = new ReaderViewModel(compute, io, ComparisonEngine.fast(), ComparisonEngine.full());
        vm.setRecentStories(settings.recentStories());
        vm.setRecentTitles(settings.recentTitles());
        view = new ReaderView(vm, settings);
        app.parallax.ui.columns.ColumnWarmUp.start();
        view.setAnnotatedPdfExporter((result, notes, title, target) -> PdfExport.write(result, notes, title,
                PdfExport.Layout.CONTINUOUS, target, ProgressListener.NONE));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // -Dparallax.screenshot.size=1280x720 picks another size for README screenshots
        String[] size = System.getProperty("parallax.screenshot.size", "1600x1000").split("x");
        double width = screenshot != null ? Double.parseDouble(size[0]) : Math.min(settings.width(), screen.getWidth());
        double height = screenshot != null ? Double.parseDouble(size[1]) : Math.min(settings.height(), screen.getHeight());
        stage.setScene(view.createScene(width, height));
        stage.titleProperty().bind(vm.storyTitleProperty().concat(" — Parallax"));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> LaunchClock.print("window shown"));
        view.setOnFirstHighlights(() -> {
            System.out.printf("Time from window shown to highlights visible: %.0f ms%n", view.timeToHighlightsNanos() / 1e6);
            LaunchClock.print("highlights visible");
        });
        if (stallReport) {
            new StallReportMode(vm).arm(stage);
        }
        if (screenshot != null) {
            new ScreenshotMode(view, vm, io, screenshot, screenshotView).arm();
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
        if (!Boolean.getBoolean("parallax.noFirstFrameWarmUp")) {
            if (Boolean.getBoolean("parallax.noNavigatorWarmUp")) {
                scene.snapshot(null);
            } else {
                view.withNavigatorWarmUp(() -> scene.snapshot(null));
            }
        }
        stage.show();
    }

    private void openFirstStory() {
        LaunchClock.print("window content");
        if (!startSources.isEmpty()) {
            vm.addLinks(startSources, true);
        } else if (startPaths.isEmpty()) {
            vm.openExample();
        } else {
            vm.open(startPaths);
        }
        settingsProblem.ifPresent(vm.problems()::add);
        if (screenshot == null && !stallReport) {
            saveWhenChanged();
        }
    }

    /** Saves settings half a second after the window size, a view setting or the story (once shown) changes. */
    private void saveWhenChanged() {
        saver = new SettingsSaver(settingsStore, settings, 500);
        Runnable changed = () -> saver.changed(current());
        stage.widthProperty().addListener((o, a, b) -> changed.run());
        stage.heightProperty().addListener((o, a, b) -> changed.run());
        view.setOnViewSettingsChanged(changed);
        vm.storyTitleProperty().addListener((o, a, b) -> changed.run());
        // the opened paths are set after the title: a story shown is what must be remembered
        vm.storiesShownProperty().addListener((o, a, b) -> changed.run());
        vm.recentStories().addListener((javafx.collections.ListChangeListener<List<String>>) c -> changed.run());
    }

    /** A snapshot of what to remember, taken on the FX thread. */
    private Settings current() {
        return view.settings(settings).withSize(stage.getWidth(), stage.getHeight()).withLastStory(vm.openedPaths())
                .withRecentStories(List.copyOf(vm.recentStories())).withRecentTitles(java.util.Map.copyOf(vm.recentTitles()));
    }

    @Override
    public void stop() {
        if (saver != null) {
            saver.saveNowAndClose(current());
        }
        if (view != null) {
            view.close();
        }
        if (compute != null) {
            compute.close();
        }
        if (vm != null) {
            vm.saveNotesBeforeClose();
        }
        if (io != null) {
            io.close();
        }
    }
}
