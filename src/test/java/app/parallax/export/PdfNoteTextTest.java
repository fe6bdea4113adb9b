package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import org.junit.jupiter.api.Test;

/** Where the PDF puts a reader's note when the text has moved. */
class PdfNoteTextTest {

    @Test
    void noteRangeFollowsItsQuoteAndIsNeverEmpty() {
        String text = "New words first. Then Zelenskyy’s office said so.";
        Note moved = new Note("n", "cnn", new TextRange(0, 18), "Zelenskyy’s office", "x", null);
        assertThat(PdfHighlighter.resolve(moved, text).of(text)).isEqualTo("Zelenskyy’s office");
        Note empty = new Note("n", "cnn", new TextRange(4, 4), "", "x", null);
        assertThat(PdfHighlighter.resolve(empty, text).length()).isEqualTo(1);
        Note beyond = new Note("n", "cnn", new TextRange(400, 410), "", "x", null);
        assertThat(PdfHighlighter.resolve(beyond, text).end()).isEqualTo(text.length());
    }
}
