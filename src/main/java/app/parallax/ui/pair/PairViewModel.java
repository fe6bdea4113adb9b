package app.parallax.ui.pair;

import app.parallax.core.article.Article;
import app.parallax.report.PairReport;
import app.parallax.report.PairRow;
import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pair view's state: which two outlets are compared, the {@link PairReport} rows between
 * them, and the row the user is on. Follows the reader's {@link StoryReport}: when a comparison
 * is replaced (words first, then words and meaning) the chosen outlets are kept as long as both
 * are still open. Lives on the FX thread and imports no {@code javafx.scene} class; a pair report
 * reads only the two articles' passages and links, so deriving it here never blocks.
 */
public final class PairViewModel {

    private final ReadOnlyObjectProperty<StoryReport> story;
    private final Supplier<List<String>> shownArticleIds;
    private final ObservableList<Article> outlets = FXCollections.observableArrayList();
    private final ObservableList<PairRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PairReport> pair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper leftId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper rightId = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private boolean active;

    /**
     * @param story           the reader's report, replaced with every comparison
     * @param shownArticleIds the articles that have a column now, in column order: the first two
     *                        are the outlets compared when the user has chosen none
     */
    public PairViewModel(ReadOnlyObjectProperty<StoryReport> story, Supplier<List<String>> shownArticleIds) {
        this.story = Objects.requireNonNull(story, "story");
        this.shownArticleIds = Objects.requireNonNull(shownArticleIds, "shownArticleIds");
        story.addListener((o, was, now) -> {
            if (active) {
                refresh();
            }
        });
    }

    /** Starts following the comparison (the view is shown); the first time, picks the default outlets. */
    public void activate() {
        active = true;
        refresh();
    }

    /** Stops following the comparison while the view is hidden; the chosen outlets are kept. */
    public void deactivate() {
        active = false;
    }

    public boolean isActive() {
        return active;
    }

    /** Compares {@code articleId} on the left; if it was on the right, the sides swap. */
    public void chooseLeft(String articleId) {
        choose(articleId, Objects.equals(articleId, rightId.get()) ? leftId.get() : rightId.get());
    }

    /** Compares {@code articleId} on the right; if it was on the left, the sides swap. */
    public void chooseRight(String articleId) {
        choose(Objects.equals(articleId, leftId.get()) ? rightId.get() : leftId.get(), articleId);
    }

    /** Puts the left outlet on the right and the right one on the left. */
    public void swap() {
        choose(rightId.get(), leftId.get());
    }

    /** Moves to the next row whose sides differ in a fact, wrapping; says so when there is none. */
    public void nextDifference() {
        step(1);
    }

    /** Moves to the previous row whose sides differ in a fact, wrapping; says so when there is none. */
    public void previousDifference() {
        step(-1);
    }

    /** The user selected a row (or none: -1). */
    public void select(int row) {
        current.set(row >= 0 && row < rows.size() ? row : -1);
        position.set(describe(current.get()));
    }

    /**
     * Makes current the row of a claim chosen elsewhere: a differing row holding one of these
     * passages, else the row of the first passage that has one; leaves the current row when none does.
     */
    public void selectRowOf(List<String> passageIds) {
        for (String id : passageIds) {
            Optional<Integer> row = rowHolding(id).filter(i -> rows.get(i).differs());
            if (row.isPresent()) {
                select(row.get());
                return;
            }
        }
        for (String id : passageIds) {
            Optional<Integer> row = rowHolding(id);
            if (row.isPresent()) {
                select(row.get());
                return;
            }
        }
    }

    // ---- state

    /** Every open article, in the story's order, for the outlet choosers. */
    public ObservableList<Article> outlets() {
        return FXCollections.unmodifiableObservableList(outlets);
    }

    /** The rows of the current pair; empty when fewer than two articles are open. */
    public ObservableList<PairRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The current pair report; null when fewer than two articles are open. */
    public ReadOnlyObjectProperty<PairReport> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftIdProperty() {
        return leftId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightIdProperty() {
        return rightId.getReadOnlyProperty();
    }

    /** The row the user is on, -1 for none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "12 linked, 3 differ, 5 only in X, 4 only in Y", or why nothing is compared. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where the user is among the differing rows: "Difference 1 of 3: meal: ‘lunch’ / ‘dinner’". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The first passage of the current row (its left side's, else its right side's); empty when none is current. */
    public Optional<String> currentPassage() {
        int at = current.get();
        if (at < 0 || at >= rows.size()) {
            return Optional.empty();
        }
        PairRow row = rows.get(at);
        return Optional.of((row.left().isEmpty() ? row.right() : row.left()).passageIds().get(0));
    }

    /** The display name of an open article; the id itself when unknown. */
    public String outlet(String articleId) {
        return story.get().outlet(articleId);
    }

    // ---- deriving

    private void choose(String left, String right) {
        if (left != null && right != null && !left.equals(right)) {
            leftId.set(left);
            rightId.set(right);
            rebuild(null);
        }
    }

    private void refresh() {
        StoryReport report = story.get();
        outlets.setAll(report.result().articles());
        List<String> open = outlets.stream().map(Article::id).toList();
        List<String> defaults = defaults(open);
        String left = open.contains(leftId.get()) ? leftId.get() : null;
        String right = open.contains(rightId.get()) && !rightId.get().equals(left) ? rightId.get() : null;
        left = left != null ? left : firstOther(defaults, right);
        right = right != null ? right : firstOther(defaults, left);
        leftId.set(left);
        rightId.set(right);
        rebuild(current.get() >= 0 && current.get() < rows.size() ? rows.get(current.get()) : null);
    }

    /** The shown columns first, then the other open articles. */
    private List<String> defaults(List<String> open) {
        List<String> out = new ArrayList<>(shownArticleIds.get().stream().filter(open::contains).toList());
        open.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    private static String firstOther(List<String> ids, String other) {
        return ids.stream().filter(id -> !id.equals(other)).findFirst().orElse(null);
    }

    /** Recomputes the rows; the row holding {@code keep}'s first passage stays current. */
    private void rebuild(PairRow keep) {
        if (leftId.get() == null || rightId.get() == null) {
            pair.set(null);
            rows.clear();
            summary.set("Open at least two articles to compare two outlets.");
            select(-1);
            return;
        }
        PairReport report = PairReport.of(story.get(), leftId.get(), rightId.get());
        pair.set(report);
        rows.setAll(report.rows());
        summary.set(report.summary());
        select(keep == null ? -1 : rowHolding(keep).orElse(-1));
    }

    private Optional<Integer> rowHolding(PairRow old) {
        return rowHolding((old.left().isEmpty() ? old.right() : old.left()).passageIds().get(0));
    }

    private Optional<Integer> rowHolding(String passageId) {
        for (int i = 0; i < rows.size(); i++) {
            PairRow r = rows.get(i);
            if (r.left().passageIds().contains(passageId) || r.right().passageIds().contains(passageId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void step(int delta) {
        List<Integer> differing = pair.get() == null ? List.of() : pair.get().differingRows();
        if (differing.isEmpty()) {
            position.set(pair.get() == null ? "" : "No differences to go to: these two outlets do not contradict each other.");
            return;
        }
        int at = current.get();
        int next = delta > 0 ? differing.stream().filter(i -> i > at).findFirst().orElse(differing.get(0))
                : differing.stream().filter(i -> i < at).reduce((x, y) -> y).orElse(differing.get(differing.size() - 1));
        select(next);
    }

    private String describe(int row) {
        if (row < 0 || pair.get() == null) {
            return "";
        }
        List<Integer> differing = pair.get().differingRows();
        int n = differing.indexOf(row);
        if (n < 0) {
            return "";
        }
        return "Difference " + (n + 1) + " of " + differing.size() + ": "
                + String.join("; ", rows.get(row).disputes().stream().map(d -> d.gradedLabel()).toList());
    }
}
