package app.parallax.ui.model;

import app.parallax.ui.tasks.Background;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.StoryReport;
import app.parallax.ui.notes.NoteActions;
import app.parallax.ui.settings.RecentStories;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The reader's state: the open articles in column order, the latest {@link ComparisonResult},
 * notes, filters, hover and selection. This class is the front door the views talk to; the work
 * sits in {@link StoryLoading}, {@link StoryEditing}, {@link Comparing}, {@link Navigation} and
 * {@link NotesAndExport}, which share one {@link ReaderState}. Loading and comparing run on
 * {@link Background}s; results come back on the FX thread and stale ones are dropped. Views
 * observe this and never talk to each other. Imports no {@code javafx.scene}.
 */
public final class ReaderViewModel implements NoteActions {

    /** A request to bring a claim into view, anchored on one article's passage when given. */
    public record Focus(Claim claim, String anchorArticleId, String anchorPassageId, long serial) {
    }

    /** What an export needs: the result shown and all notes. */
    public record Snapshot(ComparisonResult result, List<Note> notes, String storyTitle, Optional<Path> storyFolder) {
    }

    private final ReaderState s;
    private final Comparing comparing;
    private final StoryLoading loading;
    private final StoryEditing editing;
    private final Navigation navigation;
    private final NotesAndExport notesAndExport;
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StoryReport> report = new ReadOnlyObjectWrapper<>();

    /** One engine for both phases (tests): each comparison runs once. */
    public ReaderViewModel(Background compute, Background io, ComparisonEngine engine) {
        this(compute, io, engine, engine);
    }

    /**
     * The reader shows {@code fast}'s result at once and replaces it with {@code full}'s when
     * ready; the same engine for both skips the second phase.
     */
    public ReaderViewModel(Background compute, Background io, ComparisonEngine fast, ComparisonEngine full) {
        this.s = new ReaderState(io);
        this.comparing = new Comparing(s, new TwoPhaseComparison(compute, fast, full));
        this.loading = new StoryLoading(s, comparing);
        this.editing = new StoryEditing(s, comparing);
        this.navigation = new Navigation(s);
        this.notesAndExport = new NotesAndExport(s);
        // an invalidation listener, as the bindings below are: JavaFX tells those before change
        // listeners, and views must hear of a new result once its discrepancies are listed
        s.shown.addListener((javafx.beans.Observable o) -> navigation.refreshDiscrepancies());
        // read-only views of the one snapshot; report before result, as before
        report.bind(Bindings.createObjectBinding(() -> s.shown.get().report(), s.shown));
        result.bind(Bindings.createObjectBinding(() -> s.shown.get().result(), s.shown));
        s.hiddenArticles.addListener((SetChangeListener<String>) c -> navigation.refreshDiscrepancies());
        s.conflictsOnly.addListener((o, was, now) -> navigation.refreshDiscrepancies());
    }

    // ---- loading

    /** Says in the status bar, with running progress, that a story is about to open (first start). */
    public void showOpening() {
        loading.showOpening();
    }

    /** Replaces the story with these files or folders (read on the io thread). */
    public void open(List<Path> paths) {
        loading.open(paths);
    }

    /** Opens the example story bundled with the app. */
    public void openExample() {
        loading.openExample();
    }

    /** Adds these files or folders to the open story as further columns; dropped if another story opens first. */
    public void add(List<Path> paths) {
        loading.add(paths);
    }

    /** Downloads these http(s) links (on the io thread) and adds them as columns; {@code replace} starts a new story. */
    public void addLinks(List<String> links, boolean replace) {
        loading.addLinks(links, replace);
    }

    /** Stops the running link fetch (its download is interrupted); the open story stays as it was. */
    public void cancelFetch() {
        loading.cancelFetch();
    }

    /** How many stories have been opened (not added to); changes just before a new story's columns appear. */
    public ReadOnlyIntegerProperty storiesShownProperty() {
        return s.storiesShown.getReadOnlyProperty();
    }

    /** True while links are being fetched; the status bar then offers Cancel. */
    public BooleanBinding fetchingProperty() {
        return s.fetching;
    }

    /** Adds pasted text (plain or HTML) as a new article named "Pasted text N". */
    public void paste(String text) {
        loading.paste(text, null);
    }

    /** Adds pasted text (plain or HTML) as a new article of the given outlet (blank: "Pasted text N"). */
    public void paste(String text, String outlet) {
        loading.paste(text, outlet);
    }

    /** The number for the next pasted article's default name. */
    public int nextPasteNumber() {
        return loading.nextPasteNumber();
    }

    // ---- editing the story

    /**
     * Saves the open story as a folder (on the io thread) that reopens offline: texts, fetched
     * pages, story.json and the story's notes; the reader then keeps its notes there.
     */
    public void saveStory(Path target) {
        editing.saveStory(target);
    }

    /**
     * Gives an open article a new outlet name: columns, matrix, navigator and exports show it after
     * the comparison that follows. In a story folder it is saved in story.json on the io thread;
     * otherwise it stays in memory until Save Story As.
     */
    public void renameOutlet(String articleId, String outlet) {
        editing.renameOutlet(articleId, outlet);
    }

    /** Closes one column; its notes stay saved. Undoable. */
    public void close(String articleId) {
        editing.close(articleId);
    }

    /** Undoes the last close or note deletion; says so in the status bar. */
    public void undo() {
        s.status.set(s.undo.undo().map(what -> "Undone: " + what).orElse("Nothing to undo"));
    }

    /** True when {@link #undo()} has something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return s.undo.canUndoProperty();
    }

    /** Moves a column {@code delta} places to the right (negative: left), within bounds. */
    public void move(String articleId, int delta) {
        editing.move(articleId, delta);
    }

    /** Compares the open articles again; the newest request wins, older results are dropped. */
    public void recompute() {
        comparing.recompute();
    }

    /** Stops the running comparison; the window keeps the result it shows (the words-only one while refining). */
    public void cancelComparison() {
        comparing.cancel();
    }

    /** True while a comparison runs (either phase); the status bar then offers Cancel. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return s.comparing.getReadOnlyProperty();
    }

    // ---- hover, selection, navigation

    /** Brings a claim into view, with no anchor column (the view picks one). */
    public void focusClaim(Claim claim) {
        navigation.focusClaim(claim, null);
    }

    /** Brings a claim into view anchored on the given article's passage of it. */
    public void focusClaim(Claim claim, String anchorArticleId) {
        navigation.focusClaim(claim, anchorArticleId);
    }

    /** The user clicked a passage: its claim is selected and other columns line up with it. */
    public void focusPassage(String passageId) {
        navigation.focusPassage(passageId);
    }

    /**
     * Selects the next flagged claim, conflict or values differ (conflicts only when
     * {@link #conflictsOnlyProperty()} is set), wrapping; says so in the status bar when there is none.
     */
    public void nextDiscrepancy() {
        navigation.nextDiscrepancy();
    }

    /** Selects the previous flagged claim, as {@link #nextDiscrepancy()} steps, wrapping. */
    public void previousDiscrepancy() {
        navigation.previousDiscrepancy();
    }

    // ---- notes, export

    /** Adds an empty note on {@code [start, end)} of an open article; null when the range is empty. */
    public Note addNote(String articleId, int start, int end, String text) {
        return notesAndExport.addNote(articleId, start, end, text);
    }

    /** Widens {@code [start, end)} so that it neither starts nor ends inside a word. */
    public static TextRange wholeWords(String text, int start, int end) {
        return NotesAndExport.wholeWords(text, start, end);
    }

    /** Saves the notes not saved yet before the window closes (see {@link app.parallax.ui.notes.NotesModel#saveBeforeClose}). */
    public void saveNotesBeforeClose() {
        s.notes.saveBeforeClose();
    }

    @Override
    public void editNote(String noteId, String text) {
        s.notes.edit(noteId, text);
    }

    /** Deletes a note; undoable. */
    @Override
    public void deleteNote(String noteId) {
        notesAndExport.deleteNote(noteId);
    }

    /** Runs an export of the current result and notes to {@code target} on the io thread. */
    public void export(AnnotatedPdfExporter exporter, Path target) {
        notesAndExport.export(exporter, target);
    }

    /** A file name for the export made from the story's title, e.g. "Harbour bridge closed.pdf". */
    public String suggestedPdfName() {
        return notesAndExport.suggestedPdfName();
    }

    /** The result and notes, for an export (e.g. the annotated PDF). */
    public Snapshot snapshot() {
        return notesAndExport.snapshot();
    }

    // ---- accessors

    public ObservableList<Article> articles() {
        return s.articlesView;
    }

    /** The comparison shown and its report, replaced as one value. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return s.shown.getReadOnlyProperty();
    }

    /** The result of {@link #shownProperty()}. */
    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    @Override
    public ComparisonResult result() {
        return s.shown.get().result();
    }

    /** What every view shows about the current result; replaced together with it. */
    public ReadOnlyObjectProperty<StoryReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public StoryReport report() {
        return s.shown.get().report();
    }

    /** True while the full comparison works on a result already shown. */
    public ReadOnlyBooleanProperty refiningProperty() {
        return s.refining.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> storyFolderProperty() {
        return s.storyFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storyTitleProperty() {
        return s.storyTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return s.progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return s.status.getReadOnlyProperty();
    }

    /** Whether the story shown is the example bundled with the app (not the user's own). */
    public ReadOnlyBooleanProperty exampleOpenProperty() {
        return s.exampleOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return s.busy.getReadOnlyProperty();
    }

    /** Messages for the user about sources or files that failed; the view removes shown ones. */
    public ObservableList<String> problems() {
        return s.problems;
    }

    public ObservableSet<Verdict> shownVerdicts() {
        return s.shownVerdicts;
    }

    /** Whether the navigator and F8 leave out claims whose values merely differ; off by default. */
    public BooleanProperty conflictsOnlyProperty() {
        return s.conflictsOnly;
    }

    public ObservableSet<String> hiddenArticles() {
        return s.hiddenArticles;
    }

    public ObjectProperty<String> hoveredPassageProperty() {
        return s.hoveredPassage;
    }

    public ReadOnlyObjectProperty<Claim> selectedClaimProperty() {
        return s.selectedClaim.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return s.focus.getReadOnlyProperty();
    }

    /** Disputed claims that two shown outlets report, in story order. */
    public ObservableList<Claim> discrepancies() {
        return s.discrepanciesView;
    }

    @Override
    public ObservableList<Note> notes() {
        return s.notes.list();
    }

    /** The files and folders of the open story, for "reopen last story". */
    public List<String> openedPaths() {
        return List.copyOf(s.openedPaths);
    }

    /** The stories opened last, newest first (File ▸ Open Recent); the example story is not listed. */
    public ObservableList<List<String>> recentStories() {
        return s.recentStories;
    }

    /** Starts the recent list from the saved settings. */
    public void setRecentStories(List<List<String>> stories) {
        s.recentStories.setAll(RecentStories.clean(stories));
    }

    /** The titles of the recent stories, keyed by {@link RecentStories#key(List)}; a story opened again gets its new title. */
    public javafx.collections.ObservableMap<String, String> recentTitles() {
        return s.recentTitles;
    }

    /** Starts the recent stories' titles from the saved settings. */
    public void setRecentTitles(java.util.Map<String, String> titles) {
        s.recentTitles.clear();
        s.recentTitles.putAll(titles);
    }

    /**
     * Ids of open articles that were pasted or downloaded and are kept nowhere yet (the story has
     * no writable folder, or it is the example): quitting asks before they are lost.
     */
    public javafx.collections.ObservableSet<String> unsavedArticles() {
        return javafx.collections.FXCollections.unmodifiableObservableSet(s.unsaved);
    }

    /** The recent stories found missing by the last {@link #checkRecentStories()}. */
    public ObservableSet<List<String>> missingRecentStories() {
        return s.missingRecent;
    }

    /** Checks on the io thread which recent stories' files are gone. */
    public void checkRecentStories() {
        loading.checkRecentStories();
    }
}
