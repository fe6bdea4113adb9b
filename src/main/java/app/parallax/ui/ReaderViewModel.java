package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.export.OutputTargets;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.IngestException;
import app.parallax.ingest.IngestProblem;
import app.parallax.ingest.LinkFetcher;
import app.parallax.ingest.LoadedStory;
import app.parallax.ingest.Origin;
import app.parallax.store.StoreException;
import app.parallax.store.StoryFolder;
import java.util.HashMap;
import java.util.Map;
import app.parallax.report.StoryReport;
import app.parallax.report.Words;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

/**
 * The reader's state: the open articles in column order, the latest {@link ComparisonResult},
 * notes, filters, hover and selection. Loading and comparing run on {@link Background}s; results
 * come back on the FX thread and stale ones are dropped. Views observe this and never talk to
 * each other. Imports no {@code javafx.scene}.
 */
public final class ReaderViewModel {

    /** A request to bring a claim into view, anchored on one article's passage when given. */
    public record Focus(Claim claim, String anchorArticleId, String anchorPassageId, long serial) {
    }

    /** What an export needs: the result shown and all notes. */
    public record Snapshot(ComparisonResult result, List<Note> notes, String storyTitle, Optional<Path> storyFolder) {
    }

    private final Background io;
    private final TwoPhaseComparison comparisons;
    private final ReadOnlyObjectWrapper<StoryReport> report = new ReadOnlyObjectWrapper<>(StoryReport.of(ComparisonResult.empty()));
    private final ReadOnlyBooleanWrapper refining = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObservableList<List<String>> recentStories = FXCollections.observableArrayList();
    private final javafx.collections.ObservableSet<List<String>> missingRecent = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>(ComparisonResult.empty());
    private final ReadOnlyObjectWrapper<Path> storyFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper storyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableSet<Verdict> shownVerdicts = FXCollections.observableSet(EnumSet.allOf(Verdict.class));
    private final ObservableSet<String> hiddenArticles = FXCollections.observableSet();
    private final ObjectProperty<String> hoveredPassage = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Claim> selectedClaim = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Claim> discrepancies = FXCollections.observableArrayList();
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<Claim> discrepanciesView = FXCollections.unmodifiableObservableList(discrepancies);
    private final NotesModel notes;
    private final List<String> openedPaths = new ArrayList<>();
    /** Where each open article came from, by id, so that Save Story As can keep the pages. */
    private final Map<String, Origin> origins = new HashMap<>();
    private final UndoStack undo = new UndoStack();
    /** The link fetch running now, if any; Cancel interrupts it. */
    private final ReadOnlyObjectWrapper<Task<LoadedStory>> fetch = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.binding.BooleanBinding fetching = fetch.isNotNull();
    private long storyGeneration;
    private long focusSerial;
    private int pasted;

    /** One engine for both phases (tests): each comparison runs once. */
    public ReaderViewModel(Background compute, Background io, ComparisonEngine engine) {
        this(compute, io, engine, engine);
    }

    /**
     * The reader shows {@code fast}'s result at once and replaces it with {@code full}'s when
     * ready; the same engine for both skips the second phase.
     */
    public ReaderViewModel(Background compute, Background io, ComparisonEngine fast, ComparisonEngine full) {
        this.io = Objects.requireNonNull(io, "io");
        this.comparisons = new TwoPhaseComparison(compute, fast, full);
        this.notes = new NotesModel(io, problems::add);
        result.addListener((o, was, now) -> refreshDiscrepancies());
        hiddenArticles.addListener((javafx.collections.SetChangeListener<String>) c -> refreshDiscrepancies());
    }

    // ---- loading

    /** Says in the status bar, with running progress, that a story is about to open (first start). */
    public void showOpening() {
        busy.set(true);
        progress.set(-1);
        status.set("Opening the story…");
    }

    /** Replaces the story with these files or folders (read on the io thread). */
    public void open(List<Path> paths) {
        List<Path> copy = List.copyOf(paths);
        long story = ++storyGeneration;
        status.set("Opening " + describe(copy) + "…");
        run(io, () -> Ingest.load(copy), loaded -> {
            if (story == storyGeneration) {
                replaceStory(loaded, copy.stream().map(Path::toString).toList());
            }
        });
    }

    /** Opens the example story bundled with the app. */
    public void openExample() {
        long story = ++storyGeneration;
        status.set("Opening the example story…");
        run(io, () -> Ingest.load(List.of(Ingest.defaultCorpus())), loaded -> {
            if (story == storyGeneration) {
                replaceStory(loaded, List.of());
            }
        });
    }

    /** Adds these files or folders to the open story as further columns; dropped if another story opens first. */
    public void add(List<Path> paths) {
        List<Path> copy = List.copyOf(paths);
        long story = storyGeneration;
        status.set("Adding " + describe(copy) + "…");
        run(io, () -> Ingest.load(copy), loaded -> {
            if (story != storyGeneration) {
                return;
            }
            if (storyFolder.get() == null && loaded.folder().isPresent()) {
                useFolder(loaded.folder().get());
            }
            copy.forEach(p -> openedPaths.add(p.toString()));
            addLoaded(loaded);
        });
    }

    /** Downloads these http(s) links (on the io thread) and adds them as columns; {@code replace} starts a new story. */
    public void addLinks(List<String> links, boolean replace) {
        List<String> copy = List.copyOf(links);
        long story = replace ? ++storyGeneration : storyGeneration;
        cancelFetch();
        status.set("Fetching " + copy.size() + (copy.size() == 1 ? " link…" : " links…"));
        Consumer<String> progress = link -> javafx.application.Platform.runLater(() -> {
            if (fetch.get() != null) {
                status.set("Fetching " + link + "…");
            }
        });
        Task<LoadedStory> task = run(io, () -> Ingest.loadSources(copy, new LinkFetcher(), progress), loaded -> {
            fetch.set(null);
            if (story != storyGeneration) {
                return;
            }
            if (replace) {
                replaceStory(loaded, List.of());
            } else {
                addLoaded(loaded);
            }
        });
        task.setOnCancelled(e -> status.set("Fetching cancelled; the open story is unchanged"));
        task.runningProperty().addListener((o, was, now) -> {
            if (!now && fetch.get() == task) {
                fetch.set(null);
            }
        });
        fetch.set(task.isDone() ? null : task); // a same-thread Background has finished it already
    }

    /** Stops the running link fetch (its download is interrupted); the open story stays as it was. */
    public void cancelFetch() {
        Task<?> running = fetch.get();
        if (running != null) {
            fetch.set(null);
            running.cancel(true);
        }
    }

    /** True while links are being fetched; the status bar then offers Cancel. */
    public javafx.beans.binding.BooleanBinding fetchingProperty() {
        return fetching;
    }

    private void addLoaded(LoadedStory loaded) {
        reportProblems(loaded.problems());
        loaded.notices().forEach(n -> problems.add("Note: " + n.message()));
        addArticles(loaded.articles(), loaded.origins());
    }

    /**
     * Saves the open story as a folder (on the io thread) that reopens offline: texts, fetched
     * pages, story.json and the story's notes; the reader then keeps its notes there.
     */
    public void saveStory(Path target) {
        List<Article> copy = List.copyOf(articles);
        Map<String, Origin> from = Map.copyOf(origins);
        String title = storyTitle.get();
        List<Path> carry = storyFolder.get() == null ? List.of() : List.of(storyFolder.get().resolve(NotesStore.FILE_NAME));
        status.set("Saving the story to " + target + "…");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws StoreException {
                StoryFolder.save(target, title, copy, from, carry);
                return target;
            }
        };
        task.setOnSucceeded(e -> {
            status.set("Story saved to " + target);
            useFolder(target.toAbsolutePath().normalize());
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            problems.add("Could not save the story: " + (t instanceof StoreException se ? se.getMessage() : t));
            status.set("Ready");
        });
        io.submit(task);
    }

    /**
     * Gives an open article a new outlet name: columns, matrix, navigator and exports show it after
     * the comparison that follows. In a story folder it is saved in story.json on the io thread;
     * otherwise it stays in memory until Save Story As.
     */
    public void renameOutlet(String articleId, String outlet) {
        int at = indexOf(articleId);
        String name = outlet == null ? "" : outlet.strip();
        if (at < 0 || name.isEmpty() || name.equals(articles.get(at).outlet())) {
            return;
        }
        Article a = articles.get(at);
        Article renamed = new Article(a.id(), a.source(), name, a.title(), a.date(), a.text(), a.author(), a.url());
        if (busy.get()) {
            articles.set(at, renamed);
            recompute();
        } else {
            showRenamed(renamed);
            articles.set(at, renamed);
        }
        Optional<Path> file = fileInStoryFolder(articleId);
        if (file.isPresent()) {
            saveOutlet(storyFolder.get(), file.get().getFileName().toString(), name);
        } else {
            status.set("Outlet renamed to " + name + "; File ▸ Save Story As… keeps the new name");
        }
    }

    /** The outlet name takes no part in the comparison: the shown result keeps its links and claims. */
    private void showRenamed(Article renamed) {
        ComparisonResult r = result.get();
        List<Article> now = r.articles().stream().map(x -> x.id().equals(renamed.id()) ? renamed : x).toList();
        ComparisonResult updated = new ComparisonResult(now, r.passages(), r.links(), r.claims(), r.engine());
        report.set(StoryReport.of(updated));
        result.set(updated);
    }

    /** The file an article was read from, when it lies in the open story folder. */
    private Optional<Path> fileInStoryFolder(String articleId) {
        Path folder = storyFolder.get();
        Origin origin = origins.get(articleId);
        return folder == null || origin == null ? Optional.empty()
                : origin.file().filter(f -> folder.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize().getParent()));
    }

    private void saveOutlet(Path folder, String fileName, String outlet) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws StoreException {
                StoryFolder.renameOutlet(folder, fileName, outlet);
                return null;
            }
        };
        task.setOnSucceeded(e -> status.set("Outlet renamed to " + outlet + " and saved in " + StoryFolder.SIDECAR));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            problems.add("Could not save the outlet name: " + (t instanceof StoreException se ? se.getMessage() : t));
        });
        io.submit(task);
    }

    /** Adds pasted text (plain or HTML) as a new article named "Pasted text N". */
    public void paste(String text) {
        paste(text, null);
    }

    /** Adds pasted text (plain or HTML) as a new article of the given outlet (blank: "Pasted text N"). */
    public void paste(String text, String outlet) {
        int n = ++pasted;
        String copy = text == null ? "" : text;
        String name = outlet == null || outlet.isBlank() ? "Pasted text " + n : outlet.strip();
        long story = storyGeneration;
        run(io, () -> Ingest.fromText("pasted-" + n, name, copy), a -> {
            if (story == storyGeneration) {
                addArticles(List.of(a), Map.of(a.id(), Origin.pasted()));
            }
        });
    }

    /** The number for the next pasted article's default name. */
    public int nextPasteNumber() {
        return pasted + 1;
    }

    /** Closes one column; its notes stay saved. Undoable. */
    public void close(String articleId) {
        int at = indexOf(articleId);
        if (at < 0) {
            return;
        }
        Article gone = articles.remove(at);
        boolean wasHidden = hiddenArticles.remove(articleId);
        long story = storyGeneration;
        undo.push("close " + gone.outlet(), () -> {
            if (story == storyGeneration && indexOf(gone.id()) < 0) {
                articles.add(Math.min(at, articles.size()), gone);
                if (wasHidden) {
                    hiddenArticles.add(gone.id());
                }
                recompute();
            }
        });
        recompute();
    }

    /** Undoes the last close or note deletion; says so in the status bar. */
    public void undo() {
        status.set(undo.undo().map(what -> "Undone: " + what).orElse("Nothing to undo"));
    }

    /** True when {@link #undo()} has something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    /** Moves a column {@code delta} places to the right (negative: left), within bounds. */
    public void move(String articleId, int delta) {
        int from = indexOf(articleId);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(articles.size() - 1, from + delta));
        if (to != from) {
            Article a = articles.remove(from);
            articles.add(to, a);
        }
    }

    /** Compares the open articles again; the newest request wins, older results are dropped. */
    public void recompute() {
        recompute(List.copyOf(articles));
    }

    private void recompute(List<Article> input) {
        busy.set(true);
        progress.set(-1);
        status.set("Comparing " + Words.count(input.size(), "article", "articles") + "…");
        comparisons.start(input, new TwoPhaseComparison.Listener() {
            @Override
            public void progress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void status(String message) {
                status.set(message);
            }

            @Override
            public void shown(ComparisonResult r, boolean complete) {
                finishComparing(r, complete);
            }

            @Override
            public void failed(Throwable failure) {
                busy.set(false);
                refining.set(false);
                progress.set(0);
                status.set("Comparison failed");
                problems.add("Comparison failed: " + failure);
            }
        });
    }

    private void finishComparing(ComparisonResult r, boolean complete) {
        Claim keep = sameClaimIn(r, selectedClaim.get());
        report.set(StoryReport.of(r));
        selectedClaim.set(keep);
        result.set(r);
        busy.set(!complete);
        refining.set(!complete);
        progress.set(complete ? 1 : -1);
        status.set((complete ? "" : "Refining comparison… ") + String.format("%s · %d claims: %d agreed, %d disputed, %d single-source",
                Words.count(r.articles().size(), "article", "articles"), r.claims().size(), r.claims(Verdict.AGREED).size(),
                r.claims(Verdict.DISPUTED).size(), r.claims(Verdict.SINGLE).size()));
    }

    /** The claim of a new result holding the first still-present passage of {@code old}; null when none. */
    private static Claim sameClaimIn(ComparisonResult r, Claim old) {
        if (old == null) {
            return null;
        }
        return old.passageIds().stream().map(r::findClaim).flatMap(Optional::stream).findFirst().orElse(null);
    }

    private void replaceStory(LoadedStory loaded, List<String> paths) {
        undo.clear();
        reportProblems(loaded.problems());
        loaded.notices().forEach(n -> problems.add("Note: " + n.message()));
        storyTitle.set(loaded.title());
        openedPaths.clear();
        openedPaths.addAll(paths);
        if (!paths.isEmpty()) {
            recentStories.setAll(RecentStories.add(recentStories, paths));
        }
        origins.clear();
        origins.putAll(loaded.origins());
        hiddenArticles.clear();
        selectedClaim.set(null);
        // compare first: building the columns below takes the FX thread a while
        recompute(List.copyOf(loaded.articles()));
        articles.setAll(loaded.articles());
        notes.clear();
        storyFolder.set(null);
        loaded.folder().ifPresent(this::useFolder);
    }

    private void useFolder(Path folder) {
        storyFolder.set(folder);
        notes.loadFrom(folder, this::currentArticles);
    }

    private void addArticles(List<Article> incoming, Map<String, Origin> from) {
        List<Article> renamed = new ArrayList<>();
        for (Article a : incoming) {
            String id = uniqueId(a.id(), renamed);
            renamed.add(id.equals(a.id()) ? a
                    : new Article(id, a.source(), a.outlet(), a.title(), a.date(), a.text(), a.author(), a.url()));
            Optional.ofNullable(from.get(a.id())).ifPresent(o -> origins.put(id, o));
        }
        articles.addAll(renamed);
        recompute();
    }

    private String uniqueId(String base, List<Article> pending) {
        String id = base;
        for (int n = 2; taken(id, pending); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id, List<Article> pending) {
        return indexOf(id) >= 0 || pending.stream().anyMatch(a -> a.id().equals(id));
    }

    private void reportProblems(List<IngestProblem> found) {
        found.forEach(p -> problems.add("Could not read " + p.message()));
    }

    private <T> Task<T> run(Background where, Callable<T> work, Consumer<T> onDone) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String message = t instanceof IngestException ie ? ie.source() + ": " + ie.reason() : String.valueOf(t.getMessage());
            problems.add("Could not open " + message);
            busy.set(false);
            status.set("Ready");
        });
        where.submit(task);
        return task;
    }

    // ---- hover, selection, navigation

    /** Brings a claim into view, with no anchor column (the view picks one). */
    public void focusClaim(Claim claim) {
        focusClaim(claim, null);
    }

    /** Brings a claim into view anchored on the given article's passage of it. */
    public void focusClaim(Claim claim, String anchorArticleId) {
        if (claim == null) {
            return;
        }
        String passage = anchorArticleId == null ? null
                : result.get().passageIn(claim, anchorArticleId).map(p -> p.id()).orElse(null);
        selectedClaim.set(claim);
        focus.set(new Focus(claim, passage == null ? null : anchorArticleId, passage, ++focusSerial));
    }

    /** The user clicked a passage: its claim is selected and other columns line up with it. */
    public void focusPassage(String passageId) {
        ComparisonResult r = result.get();
        r.findPassage(passageId).ifPresent(p -> r.findClaim(passageId).ifPresent(c -> {
            selectedClaim.set(c);
            focus.set(new Focus(c, p.articleId(), passageId, ++focusSerial));
        }));
    }

    /** Selects the next disputed claim (wrapping); says so in the status bar when there is none. */
    public void nextDiscrepancy() {
        step(navigator().next(selectedClaim.get()));
    }

    /** Selects the previous disputed claim (wrapping); says so in the status bar when there is none. */
    public void previousDiscrepancy() {
        step(navigator().previous(selectedClaim.get()));
    }

    private void step(Optional<Claim> to) {
        if (to.isEmpty()) {
            status.set("No discrepancies to go to: the shown outlets do not contradict each other.");
            return;
        }
        focusClaim(to.get());
        status.set("Discrepancy " + (discrepancies.indexOf(to.get()) + 1) + " of " + discrepancies.size() + ": "
                + report.get().valuesLine(to.get()));
    }

    private DiscrepancyNavigator navigator() {
        return new DiscrepancyNavigator(discrepancies);
    }

    private void refreshDiscrepancies() {
        discrepancies.setAll(DiscrepancyNavigator.of(result.get(), Set.copyOf(hiddenArticles)).claims());
    }

    // ---- notes

    /** Adds an empty note on {@code [start, end)} of an open article; null when the range is empty. */
    public Note addNote(String articleId, int start, int end, String text) {
        Article a = articles.stream().filter(x -> x.id().equals(articleId)).findFirst().orElse(null);
        if (a == null || end <= start) {
            return null;
        }
        TextRange words = wholeWords(a.text(), start, end);
        return notes.add(a, words.start(), words.end(), text);
    }

    /** Widens {@code [start, end)} so that it neither starts nor ends inside a word. */
    static TextRange wholeWords(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        while (s > 0 && s < text.length() && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))) {
            s--;
        }
        while (e < text.length() && e > 0 && Character.isLetterOrDigit(text.charAt(e - 1)) && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return new TextRange(s, e);
    }

    public void editNote(String noteId, String text) {
        notes.edit(noteId, text);
    }

    /** Deletes a note; undoable. */
    public void deleteNote(String noteId) {
        List<Note> now = List.copyOf(notes.list());
        for (int i = 0; i < now.size(); i++) {
            Note n = now.get(i);
            if (n.id().equals(noteId)) {
                int at = i;
                undo.push("delete note", () -> notes.restore(n, at));
            }
        }
        notes.delete(noteId);
    }

    /** Runs an export of the current result and notes to {@code target} on the io thread. */
    public void export(AnnotatedPdfExporter exporter, Path target) {
        Snapshot snap = snapshot();
        List<Path> inputs = openedPaths.stream().map(Path::of).toList();
        status.set("Exporting " + target.getFileName() + "…");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Optional<String> clash = OutputTargets.problem(target, inputs, List.of());
                if (clash.isPresent()) {
                    throw new IOException(clash.get());
                }
                exporter.export(snap.result(), snap.notes(), snap.storyTitle(), target);
                return target;
            }
        };
        task.setOnSucceeded(e -> status.set("Exported " + task.getValue()));
        task.setOnFailed(e -> {
            problems.add("Could not export the PDF: " + task.getException().getMessage());
            status.set("Ready");
        });
        io.submit(task);
    }

    /** A file name for the export made from the story's title, e.g. "Xi visits Moscow.pdf". */
    public String suggestedPdfName() {
        String name = storyTitle.get().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 80) {
            name = name.substring(0, 80).strip();
        }
        return (name.isEmpty() ? "parallax" : name) + ".pdf";
    }

    /** The result and notes, for an export (e.g. the annotated PDF). */
    public Snapshot snapshot() {
        return new Snapshot(result.get(), List.copyOf(notes.list()), storyTitle.get(),
                Optional.ofNullable(storyFolder.get()));
    }

    // ---- accessors

    public ObservableList<Article> articles() {
        return articlesView;
    }

    private List<Article> currentArticles() {
        return List.copyOf(articles);
    }

    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ComparisonResult result() {
        return result.get();
    }

    /** What every view shows about the current result; replaced together with it. */
    public ReadOnlyObjectProperty<StoryReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public StoryReport report() {
        return report.get();
    }

    /** True while the full comparison works on a result already shown. */
    public ReadOnlyBooleanProperty refiningProperty() {
        return refining.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> storyFolderProperty() {
        return storyFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storyTitleProperty() {
        return storyTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Messages for the user about sources or files that failed; the view removes shown ones. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableSet<Verdict> shownVerdicts() {
        return shownVerdicts;
    }

    public ObservableSet<String> hiddenArticles() {
        return hiddenArticles;
    }

    public ObjectProperty<String> hoveredPassageProperty() {
        return hoveredPassage;
    }

    public ReadOnlyObjectProperty<Claim> selectedClaimProperty() {
        return selectedClaim.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Disputed claims that two shown outlets report, in story order. */
    public ObservableList<Claim> discrepancies() {
        return discrepanciesView;
    }

    public ObservableList<Note> notes() {
        return notes.list();
    }

    /** The files and folders of the open story, for "reopen last story". */
    public List<String> openedPaths() {
        return List.copyOf(openedPaths);
    }

    /** The stories opened last, newest first (File ▸ Open Recent); the example story is not listed. */
    public ObservableList<List<String>> recentStories() {
        return recentStories;
    }

    /** Starts the recent list from the saved settings. */
    public void setRecentStories(List<List<String>> stories) {
        recentStories.setAll(RecentStories.clean(stories));
    }

    /** The recent stories found missing by the last {@link #checkRecentStories()}. */
    public javafx.collections.ObservableSet<List<String>> missingRecentStories() {
        return missingRecent;
    }

    /** Checks on the io thread which recent stories' files are gone. */
    public void checkRecentStories() {
        List<List<String>> copy = List.copyOf(recentStories);
        run(io, () -> RecentStories.missing(copy), missing -> {
            missingRecent.retainAll(missing);
            missingRecent.addAll(missing);
        });
    }

    private int indexOf(String articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(articleId)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
    }
}
