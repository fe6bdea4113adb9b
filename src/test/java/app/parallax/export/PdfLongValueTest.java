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

/** A long competing value (a long name spelled two ways) wraps inside the cover's table, not off the page. */
class PdfLongValueTest {

    @TempDir
    Path dir;

    @Test
    void aLongValueStaysOnThePage() throws Exception {
        ComparisonResult r = Comparison.compare(List.of(
                Stories.article("alpha", "Bridge closed\n\nThe old bridge was closed by Magdalena Alexandrovna "
                        + "Kowalczyk-Brzezinska-Wisniewska, the harbour engineer, on Monday.\n"),
                Stories.article("beta", "Bridge closed\n\nThe old bridge was closed by Magdalena Aleksandrovna "
                        + "Kowalczyk-Brzezinska-Wisniewska, the harbour engineer, on Monday.\n")));
        assertThat(r.links().stream().flatMap(l -> l.conflicts().stream()))
                .anySatisfy(d -> assertThat(d.bWords().length()).isGreaterThan(50));
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
            assertThat(cover).contains("values differ · person");
            assertThat(rightEdges).isNotEmpty().allSatisfy(x -> assertThat(x).isLessThan(pageWidth - 30));
        }
    }
}
