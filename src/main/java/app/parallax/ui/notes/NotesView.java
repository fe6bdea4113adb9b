package app.parallax.ui.notes;



import app.parallax.core.ComparisonResult;
import app.parallax.core.note.Note;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The notes panel: all notes of the story, an editor for the selected one (changes are saved as
 * you type) and buttons to add a note on the current text selection or delete one.
 */
public final class NotesView {

    private final NoteActions vm;
    private final ListView<Note> list = new ListView<>();
    private final TextArea editor = new TextArea();
    private final VBox root;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(400));
    private boolean loading;
    private boolean committing;
    private String editingId;

    public NotesView(NoteActions vm, Runnable addNote, Consumer<Note> reveal) {
        this.vm = vm;
        list.setId("notes-list");
        list.setItems(vm.notes());
        list.setCellFactory(v -> new NoteCell(vm::result));
        list.setPlaceholder(emptyHint());
        VBox.setVgrow(list, Priority.ALWAYS);
        editor.setId("note-editor");
        editor.setPromptText("Your note…");
        editor.setWrapText(true);
        editor.setPrefRowCount(5);
        editor.setDisable(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (committing) {
                return;
            }
            commit();
            editingId = now == null ? null : now.id();
            loading = true;
            editor.setText(now == null ? "" : now.text());
            editor.setDisable(now == null);
            loading = false;
            if (now != null) {
                reveal.accept(now);
            }
        });
        debounce.setOnFinished(e -> commit());
        editor.textProperty().addListener((o, was, now) -> {
            if (!loading && editingId != null) {
                debounce.playFromStart();
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        Button add = new Button("Add Note");
        add.setId("add-note");
        add.setTooltip(new Tooltip("Add a note on the text selected in a column (Ctrl+M)"));
        add.setOnAction(e -> addNote.run());
        Button delete = new Button("Delete");
        delete.setId("delete-note");
        delete.setTooltip(new Tooltip("Delete the selected note; Edit ▸ Undo (Ctrl+Z) brings it back"));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Note selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                vm.deleteNote(selected.id());
            }
        });
        Label title = new Label("Notes are saved beside the story");
        title.getStyleClass().add("panel-title");
        root = new VBox(6, title, list, editor, new HBox(6, add, delete));
        root.setId("notes-panel");
        root.getStyleClass().add("side-panel");
    }

    public Node node() {
        return root;
    }

    /** What an empty list says, wrapped to the panel's width rather than cut off. */
    private static Label emptyHint() {
        Label hint = new Label("Select text in a column, then Add Note (Ctrl+M)");
        hint.setId("notes-empty-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return hint;
    }

    /** Saves what the editor holds into the note being edited. */
    void commit() {
        debounce.stop();
        String id = editingId;
        if (id == null) {
            return;
        }
        committing = true;
        try {
            vm.editNote(id, editor.getText());
            vm.notes().stream().filter(n -> n.id().equals(id)).findFirst()
                    .ifPresent(n -> list.getSelectionModel().select(n));
        } finally {
            committing = false;
        }
    }

    /** Selects a note and puts the cursor in its editor. */
    public void edit(Note note) {
        list.getSelectionModel().select(note);
        list.scrollTo(note);
        editor.requestFocus();
    }

    private static final class NoteCell extends ListCell<Note> {
        private final Supplier<ComparisonResult> result;

        NoteCell(Supplier<ComparisonResult> result) {
            this.result = result;
            getStyleClass().add("note-cell");
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String outlet = result.get().findArticle(note.articleId()).map(a -> a.outlet()).orElse(note.articleId());
            Label where = new Label(outlet);
            where.getStyleClass().add("note-outlet");
            Label quote = new Label("“" + note.quote().strip().replaceAll("\\s+", " ") + "”");
            quote.getStyleClass().add("note-quote");
            Label text = new Label(note.text().isBlank() ? "(empty note)" : note.text());
            text.getStyleClass().add("note-text");
            text.setWrapText(true);
            VBox box = new VBox(1, where, quote, text);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.setMinWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
