package app.parallax.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What Ctrl+Z can take back: closing a column and deleting a note, newest first. Each entry is
 * a short description and the action that restores the state; at most {@value #LIMIT} are kept.
 */
final class UndoStack {

    static final int LIMIT = 50;

    private record Entry(String what, Runnable restore) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    void push(String what, Runnable restore) {
        entries.push(new Entry(what, restore));
        if (entries.size() > LIMIT) {
            entries.removeLast();
        }
        canUndo.set(true);
    }

    /** Restores the newest entry; its description, or empty when there was nothing to undo. */
    Optional<String> undo() {
        Entry e = entries.poll();
        canUndo.set(!entries.isEmpty());
        if (e == null) {
            return Optional.empty();
        }
        e.restore().run();
        return Optional.of(e.what());
    }

    void clear() {
        entries.clear();
        canUndo.set(false);
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
