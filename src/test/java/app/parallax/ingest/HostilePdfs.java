package app.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made by someone hostile: a page count that lies, a page whose text inflates enormously. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** One real page of text, but a page tree claiming {@code count} pages. */
    public static byte[] lyingPageCount(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("The harbour bridge opened on Monday after three years of work.");
                cs.endText();
            }
            doc.getPages().getCOSObject().setInt(COSName.COUNT, count);
            return bytes(doc);
        }
    }

    /**
     * A small file whose one page's content stream inflates to {@code inflatedBytes} of text
     * drawing operators (a "flate bomb").
     */
    public static byte[] flateBomb(long inflatedBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            String line = "BT /F1 10 Tf 72 700 Td (Ferry workers voted to strike again at dawn today) Tj ET\n";
            PDStream content = new PDStream(doc, new Repeating(line.getBytes(StandardCharsets.US_ASCII), inflatedBytes),
                    COSName.FLATE_DECODE);
            page.setContents(content);
            return bytes(doc);
        }
    }

    /** One page of text whose content stream also holds {@code n} operators missing their operands. */
    public static byte[] missingOperands(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            String ops = "BT /F1 10 Tf 72 700 Td (The ferry workers voted to strike at dawn.) Tj " + "Td ".repeat(n) + "ET\n";
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(ops.getBytes(StandardCharsets.US_ASCII))));
            return bytes(doc);
        }
    }

    /** One page drawing {@code inflatedBytes} of lines and no text: slow to read, small on disk. */
    public static byte[] slowPage(long inflatedBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] line = "10 10 m 20 20 l S\n".getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(doc, new Repeating(line, inflatedBytes), COSName.FLATE_DECODE));
            return bytes(doc);
        }
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** {@code unit} repeated until {@code total} bytes, without holding them all. */
    private static final class Repeating extends InputStream {
        private final byte[] unit;
        private final long total;
        private long at;

        Repeating(byte[] unit, long total) {
            this.unit = unit;
            this.total = total;
        }

        @Override
        public int read() {
            return at >= total ? -1 : unit[(int) (at++ % unit.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = unit[(int) (at++ % unit.length)];
            }
            return n;
        }
    }
}
