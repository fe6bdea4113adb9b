package app.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Annotations collected per page while the export runs, attached to their pages in one go at the
 * end (with appearance streams, so viewers other than those that draw their own show them too).
 */
final class PdfAnnotations {

    private final Map<PDPage, List<PDAnnotation>> byPage = new LinkedHashMap<>();

    void add(PDPage page, PDAnnotation annotation) {
        annotation.setPage(page);
        byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(annotation);
    }

    /** Builds appearances and attaches every annotation to its page. */
    void attach(PDDocument doc) throws IOException {
        for (Map.Entry<PDPage, List<PDAnnotation>> e : byPage.entrySet()) {
            List<PDAnnotation> all = new ArrayList<>(e.getKey().getAnnotations());
            for (PDAnnotation a : e.getValue()) {
                a.constructAppearances(doc);
                all.add(a);
            }
            e.getKey().setAnnotations(all);
        }
    }
}
