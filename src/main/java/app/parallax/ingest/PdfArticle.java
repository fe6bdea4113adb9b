package app.parallax.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import java.util.regex.Matcher;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as article paragraphs: PDFBox reads each page in reading order; lines that
 * repeat at the top or bottom of most pages (running headers and footers, with their page numbers)
 * and lone page numbers are dropped; lines are joined into paragraphs where PDFBox sees a
 * paragraph break, and a word hyphenated at a line end is joined again.
 */
final class PdfArticle {

    /** Marks a paragraph start in PDFBox's output; never occurs in article text. */
    private static final String PARAGRAPH = "\u2029";
    private static final int EDGE_LINES = 3;
    private static final String POSITION_START = "\uE000";
    private static final String POSITION_END = "\uE001";
    private static final Pattern POSITIONED = Pattern.compile(POSITION_START + "([-0-9.E]+)" + POSITION_END);
    /** A gap this many times the usual line spacing separates paragraphs. */
    private static final float GAP_FACTOR = 1.3f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—]*(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[\\s\\-–—]*$");
    /** Marks the first line of a page after the first; a paragraph may go on across it. */
    private static final String PAGE = "\u2028";
    /** Written before each page's text, so one pass over the document can be split into pages. */
    private static final String PAGE_BREAK = "\uE002";

    private PdfArticle() {
    }

    /**
     * @throws IngestException if the PDF cannot be opened, is encrypted, or holds no text (a scan)
     */
    static String toText(byte[] pdf, String name) throws IngestException {
        List<List<String>> pages = pages(pdf, name);
        List<String> body = withoutRunningLines(pages);
        String text = TextDecoding.clean(String.join("\n\n", paragraphs(body)));
        if (text.isBlank()) {
            throw new IngestException(name, "PDF has no text layer (a scanned image?); not an article");
        }
        return text.strip() + "\n";
    }

    /**
     * Reads every page in one pass over the pages the document really has (its page count may
     * lie), stopping at {@link TextBounds}: pages, characters and time.
     */
    private static List<List<String>> pages(byte[] pdf, String name) throws IngestException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            LineStripper stripper = new LineStripper(TextBounds.startNow());
            List<List<String>> pages = new ArrayList<>();
            String text = stripper.getText(doc);
            stripper.bounds.checkTime();
            String[] parts = text.split(PAGE_BREAK, -1);
            for (int p = 1; p < parts.length; p++) {
                pages.add(markGaps(parts[p]));
            }
            return pages;
        } catch (TextBounds.Exceeded e) {
            throw new IngestException(name, e.getMessage(), e);
        } catch (InvalidPasswordException e) {
            throw new IngestException(name, "PDF is password-protected", e);
        } catch (IOException e) {
            throw new IngestException(name, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Turns a page's lines, each prefixed with its position, into plain lines; a line set apart
     * from the one above by clearly more than the page's usual line spacing starts a paragraph.
     */
    private static List<String> markGaps(String page) {
        List<String> lines = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (String raw : page.split("\n")) {
            Matcher m = POSITIONED.matcher(raw);
            String line = m.find() ? m.replaceAll("") : raw;
            if (!bare(line).isEmpty()) {
                lines.add(line.strip());
                ys.add(m.find(0) ? Float.parseFloat(m.group(1)) : Float.NaN);
            }
        }
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < ys.size(); i++) {
            gaps.add(ys.get(i) - ys.get(i - 1));
        }
        float usual = gaps.stream().filter(g -> g > 0).sorted().skip(gaps.size() / 2).findFirst().orElse(Float.NaN);
        for (int i = 1; i < lines.size(); i++) {
            if (gaps.get(i - 1) > usual * GAP_FACTOR && !lines.get(i).startsWith(PARAGRAPH)) {
                lines.set(i, PARAGRAPH + lines.get(i));
            }
        }
        return lines;
    }

    /**
     * PDFBox's stripper in reading order, writing a mark before each page and each line's vertical
     * position before it; every character and drawing operator is counted against the bounds.
     */
    private static final class LineStripper extends PDFTextStripper {
        private final TextBounds bounds;
        private boolean lineStart = true;

        LineStripper(TextBounds bounds) throws IOException {
            this.bounds = bounds;
            setSortByPosition(true);
            setParagraphStart(PARAGRAPH);
            setLineSeparator("\n");
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            bounds.countCharacters(text.getUnicode() == null ? 1 : text.getUnicode().length());
            super.processTextPosition(text);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            bounds.checkTime();
            super.processOperator(operator, operands);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (lineStart && !positions.isEmpty()) {
                output.write(POSITION_START + positions.get(0).getYDirAdj() + POSITION_END);
                lineStart = false;
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lineStart = true;
            super.writeLineSeparator();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            bounds.countPage();
            lineStart = true;
            output.write(PAGE_BREAK);
            super.startPage(page);
        }
    }

    /** Drops lone page numbers and lines seen near the top or bottom of at least half the pages. */
    private static List<String> withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfArticle::shape).distinct().forEach(k -> edgeCounts.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            boolean first = !out.isEmpty();
            for (String line : page) {
                boolean running = edges.contains(line) && edgeCounts.getOrDefault(shape(line), 0) >= needed;
                if (!running && !PAGE_NUMBER.matcher(bare(line)).matches()) {
                    out.add(first ? PAGE + line : line);
                    first = false;
                }
            }
        }
        return out;
    }

    private static List<String> edges(List<String> page) {
        int n = page.size();
        if (n <= 2 * EDGE_LINES) {
            return page;
        }
        List<String> e = new ArrayList<>(page.subList(0, EDGE_LINES));
        e.addAll(page.subList(n - EDGE_LINES, n));
        return e;
    }

    /** A line with digits masked, so "Page 2 of 5" and "Page 3 of 5" count as one running line. */
    private static String shape(String line) {
        return bare(line).replaceAll("\\d+", "#");
    }

    private static String bare(String line) {
        return line.replace(PARAGRAPH, "").replace(PAGE, "").strip();
    }

    /** Joins lines into paragraphs at PDFBox's paragraph marks, mending end-of-line hyphenation. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            boolean newPage = raw.startsWith(PAGE);
            boolean starts = raw.replace(PAGE, "").startsWith(PARAGRAPH);
            String line = bare(raw);
            if (starts && current.length() > 0 && (!newPage || endsSentence(current))) {
                out.add(current.toString());
                current.setLength(0);
            }
            append(current, line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** "…consid-" with a lower-case letter before the hyphen (or soft hyphen). */
    private static boolean endsHyphenated(CharSequence s) {
        int n = s.length();
        char last = s.charAt(n - 1);
        return n >= 2 && (last == '-' || last == '\u00AD') && Character.isLowerCase(s.charAt(n - 2));
    }

    private static boolean endsSentence(CharSequence s) {
        String t = s.toString().strip();
        return t.isEmpty() || !Character.isLetterOrDigit(t.charAt(t.length() - 1)) && !t.endsWith(",") && !t.endsWith("-");
    }

    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() == 0) {
            paragraph.append(line);
        } else if (endsHyphenated(paragraph) && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }
}
