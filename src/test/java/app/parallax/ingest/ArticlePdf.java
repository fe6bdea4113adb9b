package app.parallax.ingest;

import app.parallax.ingest.NewsPages.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF made like a news database print-out: a running header and footer with page numbers on
 * every page, narrow justified-looking lines with words hyphenated at line ends, paragraphs set
 * apart by space, and a paragraph that runs on from one page to the next.
 */
public final class ArticlePdf {

    static final String HEADER = "NORTHERN POST · Archive print · Harbor bridge";
    private static final float LEADING = 14;
    private static final float PARAGRAPH_GAP = 22;
    private static final int LINE_CHARS = 46;
    private static final int LINES_PER_PAGE = 14;

    private ArticlePdf() {
    }

    public static byte[] of(Story story) throws IOException {
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(story.headline()));
        story.paragraphs().forEach(p -> paragraphs.add(wrap(p)));
        List<List<String[]>> pages = paginate(paragraphs);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A5);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 8, 40, 560, HEADER);
                    float y = 520;
                    for (String[] line : pages.get(p)) {
                        y -= line[0].equals("gap") ? PARAGRAPH_GAP : LEADING;
                        text(cs, font, 11, 40, y, line[1]);
                    }
                    text(cs, font, 8, 40, 30, "Page " + (p + 1) + " of " + pages.size());
                    text(cs, font, 8, 300, 30, "northernpost.example");
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Lines of about {@link #LINE_CHARS} characters; a long word that does not fit is hyphenated. */
    static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            int room = LINE_CHARS - line.length() - (line.length() == 0 ? 0 : 1);
            if (word.length() <= room) {
                line.append(line.length() == 0 ? "" : " ").append(word);
            } else if (room >= 4 && word.length() >= 7 && word.chars().allMatch(Character::isLowerCase)) {
                int cut = Math.min(room - 1, word.length() - 3);
                line.append(line.length() == 0 ? "" : " ").append(word, 0, cut).append('-');
                lines.add(line.toString());
                line = new StringBuilder(word.substring(cut));
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<List<String[]>> paginate(List<List<String>> paragraphs) {
        List<List<String[]>> pages = new ArrayList<>();
        List<String[]> page = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            for (int i = 0; i < paragraph.size(); i++) {
                if (page.size() == LINES_PER_PAGE) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                page.add(new String[] {i == 0 && !page.isEmpty() ? "gap" : "line", paragraph.get(i)});
            }
        }
        pages.add(page);
        return pages;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
