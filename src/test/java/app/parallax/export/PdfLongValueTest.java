package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.Stories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long competing value (a quotation's changed words) wraps inside the cover's table, not off the page. */
class PdfLongValueTest {

    @TempDir
    Path dir;

    @Test
    void aLongQuotationValueStaysOnThePage() throws Exception {
        ComparisonResult r = Comparison.compare(List.of(
                Stories.article("alpha", "Council statement\n\nThe council said it has \"always taken a calm and fair stance on "
                        + "the harbour question, committed to promoting quiet talks and advancing careful negotiations, and "
                        + "calls on every party to keep the peace\" in the town.\n"),
                Stories.article("beta", "Council statement\n\nThe council said it has \"always taken a calm and fair position on "
                        + "the harbour question, is committed to encouraging open talks with neighbours, and urges every "
                        + "party to keep the peace\" in the town.\n")));
        assertThat(r.links().stream().flatMap(l -> l.conflicts().stream()))
                .anySatisfy(d -> assertThat(d.bWords().length()).isGreaterThan(60));
        Path pdf = dir.resolve("long.pdf");
        PdfExport.write(r, List.of(), "Harbour", PdfExport.Layout.CONTINUOUS, pdf, ProgressListener.NONE);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            List<Float> rightEdges = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        rightEdges.add(p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            assertThat(cover).contains("values differ · quotation");
            assertThat(rightEdges).isNotEmpty().allSatisfy(x -> assertThat(x).isLessThan(pageWidth - 30));
        }
    }
}
