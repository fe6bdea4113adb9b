package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfLineBreakerTest {

    private PDDocument doc;
    private PdfFont font;

    @BeforeEach
    void load() throws IOException {
        doc = new PDDocument();
        font = PdfFont.load(doc, PdfFont.REGULAR);
    }

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    @Test
    void linesAreSpansOfTheSourceThatFitTheWidth() {
        String text = "Xi and Putin will meet on Monday for lunch, the Kremlin said.\n\nA second paragraph follows here.";
        List<PdfLine> lines = new PdfLineBreaker(font, 10, 120).wrap(text);
        assertThat(lines).hasSizeGreaterThan(3);
        for (PdfLine l : lines) {
            assertThat(font.width(text, l.start(), l.end(), 10)).isLessThanOrEqualTo(120);
            assertThat(text.substring(l.start(), l.end())).doesNotStartWith(" ").doesNotEndWith(" ");
        }
        String joined = String.join(" ", lines.stream().map(l -> text.substring(l.start(), l.end())).toList());
        assertThat(joined).isEqualTo(text.replace("\n\n", " "));
        assertThat(lines.stream().filter(PdfLine::paragraphEnd)).hasSize(2);
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        String text = "Antidisestablishmentarianism";
        List<PdfLine> lines = new PdfLineBreaker(font, 10, 40).wrap(text);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(lines.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void missingGlyphsPrintAsQuestionMarksKeepingLength() {
        String text = "a\u0007b\uD83D\uDE00c";
        assertThat(font.printable(text)).isEqualTo("a b??c");
        assertThat(font.printable("Путин — “São”")).isEqualTo("Путин — “São”");
    }
}
