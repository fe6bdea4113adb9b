package app.parallax.ui.columns;

import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Synchronised scrolling, as in Meld: when the user scrolls one column, every other shown column
 * scrolls so that the text matching the scrolled column's top line (through the report's linked
 * passages, see {@link ScrollMap}) sits level with it.
 *
 * <p>Work is done once per layout pulse, after layout, for the column that really moved: a column
 * whose top line is where it was last seen (only RichTextFX's scroll estimate changed) is not a
 * scroll. Scrolls made here, and those the {@link ColumnAligner} makes to level a claim, are
 * recorded as seen, so they never start another round: there is no feedback between columns.
 *
 * <p>Only the columns in view sideways are scrolled at once: placing each of 60 columns costs a
 * layout of its text, and those off-screen could not be seen anyway. The others are marked as
 * lagging and follow the last scrolled column when they come into view.
 */
public final class ScrollSync {

    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final Supplier<List<ArticleColumnView>> shown;
    private final Supplier<List<ArticleColumnView>> allShown;
    private final Supplier<StoryReport> report;
    private final Map<ArticleColumnView, ColumnAligner.TopLine> seen = new IdentityHashMap<>();
    private final Set<ArticleColumnView> moved = new LinkedHashSet<>();
    /** Columns out of view when the others last followed a scroll; they follow once they show. */
    private final Set<ArticleColumnView> lagging = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private ArticleColumnView lastSource;
    private final Map<String, ScrollMap> maps = new HashMap<>();
    private StoryReport mapsFor;
    /** The column the user last scrolled, clicked or typed in: when a zoom or resize moves several, the others follow it. */
    private ArticleColumnView driver;
    private boolean syncing;

    /**
     * @param shown  the shown columns in view sideways, left to right
     * @param allShown every shown column, in view or not
     * @param report the report of the result on screen, whose links the columns follow
     */
    public ScrollSync(Supplier<List<ArticleColumnView>> shown, Supplier<List<ArticleColumnView>> allShown,
                      Supplier<StoryReport> report) {
        this.shown = shown;
        this.allShown = allShown;
        this.report = report;
    }

    /** On by default; View ▸ Synchronise Scrolling switches it. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Follows a new column's scrolling, and notes which column the user's wheel, mouse or keys act on. */
    void watch(ArticleColumnView col) {
        col.area().estimatedScrollYProperty().addListener((o, was, now) -> {
            if (!syncing) {
                moved.add(col);
                Platform.requestNextPulse();
            }
        });
        col.node().addEventFilter(ScrollEvent.SCROLL, e -> driver = col);
        col.node().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> driver = col);
        col.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> driver = col);
    }

    /** Runs {@code scrolling} (e.g. levelling a claim) without it counting as a user's scroll. */
    void quietly(Runnable scrolling) {
        boolean was = syncing;
        syncing = true;
        try {
            scrolling.run();
        } finally {
            syncing = was;
        }
        if (!was) {
            moved.clear();
            recordAll();
        }
    }

    /** After layout: if a shown column really scrolled, brings the others level with it. */
    void afterLayout() {
        List<ArticleColumnView> columns = shown.get();
        for (ArticleColumnView col : columns) {
            if (!seen.containsKey(col)) {
                ColumnAligner.topLine(col).ifPresent(t -> seen.put(col, t));
            }
        }
        if (moved.isEmpty()) {
            catchUp(columns);
            return;
        }
        List<ArticleColumnView> changed = new ArrayList<>();
        Map<ArticleColumnView, ColumnAligner.TopLine> now = new IdentityHashMap<>();
        for (ArticleColumnView col : moved) {
            ColumnAligner.TopLine before = seen.get(col);
            if (before == null || !columns.contains(col)) {
                continue;
            }
            ColumnAligner.topLine(col).ifPresent(t -> now.put(col, t));
            if (!before.sameAs(now.get(col))) {
                changed.add(col);
            }
        }
        moved.clear();
        if (enabled.get() && !changed.isEmpty() && columns.size() > 1) {
            quietly(() -> syncFrom(changed.contains(driver) ? driver : changed.get(0), columns));
        } else {
            // only the columns whose scroll estimate changed can have moved: finding each column's
            // top line again took the UI thread tens of milliseconds a pulse while a story opened
            seen.keySet().retainAll(columns);
            changed.forEach(seen::remove);
            seen.putAll(now);
        }
    }

    /** Scrolls {@code col} level with {@code source} (a new column beside it), without starting a round. */
    void follow(ArticleColumnView col, ArticleColumnView source) {
        if (enabled.get()) {
            quietly(() -> place(source, List.of(col)));
        }
    }

    /** The column the user last scrolled, clicked or typed in, if any. */
    Optional<ArticleColumnView> driver() {
        return Optional.ofNullable(driver);
    }

    /**
     * Brings the columns in view level with {@code source} (text re-wrapped after a resize); those
     * out of view follow when they show. Call inside {@link #quietly}.
     */
    void levelWith(ArticleColumnView source) {
        if (enabled.get() && shown.get().contains(source)) {
            syncFrom(source, shown.get());
        }
    }

    /** Every shown column was just placed (a claim levelled): none is left to catch up with an older scroll. */
    void placedAll() {
        lagging.clear();
    }

    /** Columns that were out of view at the last scroll and are in view now follow that scroll. */
    private void catchUp(List<ArticleColumnView> columns) {
        if (lagging.isEmpty() || lastSource == null || !enabled.get()) {
            return;
        }
        List<ArticleColumnView> due = columns.stream().filter(lagging::contains).toList();
        if (!due.isEmpty()) {
            lagging.removeAll(due);
            quietly(() -> place(lastSource, due));
        }
    }

    private void syncFrom(ArticleColumnView source, List<ArticleColumnView> columns) {
        lastSource = source;
        lagging.addAll(allShown.get());
        lagging.removeAll(columns);
        place(source, columns);
    }

    private void place(ArticleColumnView source, List<ArticleColumnView> columns) {
        Optional<ColumnAligner.TopLine> top = ColumnAligner.topLine(source);
        if (top.isEmpty()) {
            return;
        }
        for (ArticleColumnView target : columns) {
            if (target != source) {
                double offset = map(source, target).map(top.get().offset());
                ColumnAligner.placeOffsetAt(target, (int) Math.round(offset), top.get().screenY());
            }
        }
    }

    private ScrollMap map(ArticleColumnView source, ArticleColumnView target) {
        StoryReport now = report.get();
        if (now != mapsFor) {
            maps.clear();
            mapsFor = now;
        }
        boolean compared = now.result().findArticle(source.id()).isPresent() && now.result().findArticle(target.id()).isPresent();
        return maps.computeIfAbsent(source.id() + "\n" + target.id(), k -> compared
                ? ScrollMap.between(now, source.id(), target.id())
                : ScrollMap.relative(source.area().getLength(), target.area().getLength()));
    }

    /** Remembers where every shown column is now; columns gone from the window are forgotten. */
    private void recordAll() {
        List<ArticleColumnView> columns = shown.get();
        seen.keySet().retainAll(columns);
        for (ArticleColumnView col : columns) {
            ColumnAligner.topLine(col).ifPresentOrElse(t -> seen.put(col, t), () -> seen.remove(col));
        }
    }
}
