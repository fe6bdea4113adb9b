package app.parallax.ui.model;

import app.parallax.ui.tasks.Background;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.ingest.LoadedStory;
import app.parallax.ingest.Origin;
import app.parallax.ui.notes.NotesModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

/**
 * Everything the reader's view model holds, in one place so that its workers (loading,
 * comparing, navigating, notes, export) share it without holding each other. Touched only on the
 * FX thread.
 */
final class ReaderState {

    final Background io;
    /** The result shown and its report, replaced together. */
    final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(Shown.EMPTY);
    final ReadOnlyBooleanWrapper refining = new ReadOnlyBooleanWrapper(false);
    /** True while a comparison (either phase) runs; the status bar then offers Cancel. */
    final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
    final ObservableList<Article> articles = FXCollections.observableArrayList();
    final ObservableList<List<String>> recentStories = FXCollections.observableArrayList();
    final ObservableSet<List<String>> missingRecent = FXCollections.observableSet();
    /** The titles of the recent stories, by {@code RecentStories.key}. */
    final javafx.collections.ObservableMap<String, String> recentTitles = FXCollections.observableHashMap();
    final ReadOnlyObjectWrapper<Path> storyFolder = new ReadOnlyObjectWrapper<>();
    final ReadOnlyStringWrapper storyTitle = new ReadOnlyStringWrapper("");
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    final ObservableList<String> problems = FXCollections.observableArrayList();
    final ObservableSet<Verdict> shownVerdicts = FXCollections.observableSet(EnumSet.allOf(Verdict.class));
    final ObservableSet<String> hiddenArticles = FXCollections.observableSet();
    final ObjectProperty<String> hoveredPassage = new SimpleObjectProperty<>();
    final ReadOnlyObjectWrapper<Claim> selectedClaim = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<ReaderViewModel.Focus> focus = new ReadOnlyObjectWrapper<>();
    final ObservableList<Claim> discrepancies = FXCollections.observableArrayList();
    /** When set, F8 and the navigator step through conflicts only, leaving out claims whose values merely differ. */
    final BooleanProperty conflictsOnly = new SimpleBooleanProperty(false);
    final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    final ObservableList<Claim> discrepanciesView = FXCollections.unmodifiableObservableList(discrepancies);
    final NotesModel notes;
    final List<String> openedPaths = new ArrayList<>();
    /** Where each open article came from, by id, so that Save Story As can keep the pages. */
    final Map<String, Origin> origins = new HashMap<>();
    final UndoStack undo = new UndoStack();
    /** Pasted or downloaded articles kept nowhere yet (no writable story folder): quitting asks first. */
    final ObservableSet<String> unsaved = FXCollections.observableSet();
    /** True while the bundled example is open: pasted articles are not written into the app's own files. */
    final javafx.beans.property.ReadOnlyBooleanWrapper exampleOpen = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** The link fetch running now, if any; Cancel interrupts it. */
    final ReadOnlyObjectWrapper<Task<LoadedStory>> fetch = new ReadOnlyObjectWrapper<>();
    final BooleanBinding fetching = fetch.isNotNull();
    /** Bumped by every new story: results of loads started for an older story are dropped. */
    long storyGeneration;
    /** Counts the stories shown, so views can drop what they kept for the last one (e.g. column widths). */
    final ReadOnlyIntegerWrapper storiesShown = new ReadOnlyIntegerWrapper(0);

    ReaderState(Background io) {
        this.io = Objects.requireNonNull(io, "io");
        this.notes = new NotesModel(io, problems::add);
    }

    /** Makes {@code folder} the story's folder and reads the notes kept there. */
    void useFolder(Path folder) {
        storyFolder.set(folder);
        notes.loadFrom(folder, () -> List.copyOf(articles));
    }

    int indexOf(String articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(articleId)) {
                return i;
            }
        }
        return -1;
    }
}
