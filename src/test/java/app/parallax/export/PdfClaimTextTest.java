package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfClaimTextTest {

    private final PdfFixture fixture = new PdfFixture();

    @Test
    void joinsNamesTheWayPeopleWriteThem() {
        assertThat(PdfClaimText.join(List.of())).isEmpty();
        assertThat(PdfClaimText.join(List.of("AP"))).isEqualTo("AP");
        assertThat(PdfClaimText.join(List.of("AP", "CNN"))).isEqualTo("AP and CNN");
        assertThat(PdfClaimText.join(List.of("AP", "CNN", "NBC News"))).isEqualTo("AP, CNN and NBC News");
    }

    @Test
    void disputedNoteNamesTheOtherOutletsValues() {
        PdfClaimText text = new PdfClaimText(fixture.result);
        Claim c1 = fixture.result.claims().get(0);
        assertThat(text.passageNote(c1, "usatoday"))
                .isEqualTo("Disputed: The New York Times and CNN say 'lunch' (meal). This report: 'dinner'.");
    }

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
