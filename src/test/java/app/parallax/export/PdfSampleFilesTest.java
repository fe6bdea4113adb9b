package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes the fixture story in both layouts to target/ for looking at (pdftoppm, a PDF reader). */
class PdfSampleFilesTest {

    @Test
    void writesFixtureInBothLayouts() throws Exception {
        PdfFixture fixture = new PdfFixture();
        Path out = Files.createDirectories(Path.of("target"));
        for (PdfExport.Layout layout : PdfExport.Layout.values()) {
            Path pdf = out.resolve("fixture-" + layout.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
            PdfExport.write(fixture.result, List.of(fixture.cnnNote()), "Xi meets Putin", layout, pdf,
                    ProgressListener.NONE);
            assertThat(Files.size(pdf)).isPositive();
        }
    }
}
