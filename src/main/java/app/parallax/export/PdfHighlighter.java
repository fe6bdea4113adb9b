package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.FlaggedRange;
import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Turns the comparison into annotations over the drawn text: a highlight in the verdict's colour
 * over every passage of an agreed, disputed or values-differ claim, a stronger one over each
 * flagged word group in its grade's colour (conflict orange, values differ gold), and a sticky
 * note for each of the reader's notes. One annotation per page a stretch
 * touches; quad points cover exactly the words, line by line.
 */
final class PdfHighlighter {

    static final String AUTHOR = "Parallax";
    static final PDColor AGREED = PdfPalette.colour("-verdict-agreed-bg");
    static final PDColor DISPUTED = PdfPalette.colour("-verdict-disputed-bg");
    static final PDColor VALUES_DIFFER = PdfPalette.colour("-verdict-values-differ-bg");
    static final PDColor CONFLICT = PdfPalette.colour("-conflict-bg");
    static final PDColor VALUES_DIFFER_WORDS = PdfPalette.colour("-values-differ-bg");
    static final PDColor NOTE = PdfPalette.colour("-note-line");

    private final ComparisonResult result;
    private final PdfPlacement placement;
    private final PdfAnnotations annotations;
    private final StoryReport report;

    PdfHighlighter(ComparisonResult result, PdfPlacement placement, PdfAnnotations annotations) {
        this.result = result;
        this.placement = placement;
        this.annotations = annotations;
        this.report = StoryReport.of(result);
    }

    /** Highlights the passages and conflicts of one article. */
    void highlight(Article article) {
        for (Passage p : result.passagesOf(article.id())) {
            Optional<Claim> claim = result.findClaim(p.id());
            Verdict verdict = report.verdictOf(p).orElse(Verdict.SINGLE);
            if (claim.isEmpty() || verdict == Verdict.SINGLE) {
                continue;
            }
            mark(article.id(), p.range(), passageColour(verdict), subject(verdict), report.passageNote(claim.get(), p));
            if (verdict != Verdict.AGREED) {
                conflicts(p).forEach((flag, note) -> mark(article.id(), flag.range(),
                        flag.grade() == Grade.CONFLICT ? CONFLICT : VALUES_DIFFER_WORDS,
                        StoryReport.gradeTitle(flag.grade()), note));
            }
        }
    }

    private static PDColor passageColour(Verdict verdict) {
        return switch (verdict) {
            case AGREED -> AGREED;
            case VALUES_DIFFER -> VALUES_DIFFER;
            case DISPUTED, SINGLE -> DISPUTED;
        };
    }

    /** The highlight's subject, which PDF readers show as its title. */
    private static String subject(Verdict verdict) {
        return switch (verdict) {
            case AGREED -> "Agreed";
            case VALUES_DIFFER -> "Values differ";
            case DISPUTED, SINGLE -> "Disputed";
        };
    }

    /** Places the reader's notes that belong to drawn articles; others are skipped. */
    void notes(List<Note> notes) {
        for (Note note : notes) {
            Optional<Article> article = result.findArticle(note.articleId());
            if (article.isEmpty()) {
                continue;
            }
            TextRange range = resolve(note, article.get().text());
            List<PdfQuad> quads = placement.quads(note.articleId(), range);
            if (!quads.isEmpty()) {
                sticky(quads.get(0), note);
            }
        }
    }

    /**
     * The flag notes of a passage, by its own flagged words and their grade (a conflict wins over
     * values differ on the same words).
     */
    private Map<FlaggedRange, String> conflicts(Passage p) {
        Map<TextRange, Grade> grades = new LinkedHashMap<>();
        Map<TextRange, String> kinds = new LinkedHashMap<>();
        Map<TextRange, String> own = new LinkedHashMap<>();
        Map<TextRange, Map<String, Set<String>>> others = new LinkedHashMap<>();
        for (Link link : result.linksOf(p.id())) {
            boolean aSide = link.a().equals(p.id());
            String otherArticle = result.findPassage(link.other(p.id())).map(Passage::articleId).orElse("?");
            for (Difference d : link.conflicts()) {
                Difference mine = aSide ? d : d.swapped();
                if (mine.aRange().length() == 0) {
                    continue;
                }
                grades.merge(mine.aRange(), d.grade(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                kinds.putIfAbsent(mine.aRange(), d.conflictKind().label());
                own.putIfAbsent(mine.aRange(), mine.aWords());
                others.computeIfAbsent(mine.aRange(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(mine.bWords(), k -> new LinkedHashSet<>()).add(otherArticle);
            }
        }
        Map<FlaggedRange, String> notes = new LinkedHashMap<>();
        others.forEach((range, byWords) -> {
            Map<String, List<String>> named = new LinkedHashMap<>();
            byWords.forEach((w, ids) -> named.put(w, report.outlets(List.copyOf(ids))));
            Grade grade = grades.get(range);
            notes.put(new FlaggedRange(range, grade), StoryReport.conflictNote(grade, kinds.get(range), own.get(range), named));
        });
        return notes;
    }

    private void mark(String articleId, TextRange range, PDColor colour, String subject, String contents) {
        Map<PDPage, List<PdfQuad>> byPage = new LinkedHashMap<>();
        for (PdfQuad q : placement.quads(articleId, range)) {
            byPage.computeIfAbsent(q.page(), k -> new ArrayList<>()).add(q);
        }
        byPage.forEach((page, quads) -> {
            PDAnnotationHighlight h = new PDAnnotationHighlight();
            h.setQuadPoints(points(quads));
            h.setRectangle(bounds(quads));
            h.setColor(colour);
            h.setContents(contents);
            h.setSubject(subject);
            h.setTitlePopup(AUTHOR);
            h.setCreationDate(Calendar.getInstance());
            h.setPrinted(true);
            annotations.add(page, h);
            popup(page, h, quads.get(0).top());
        });
    }

    private void sticky(PdfQuad at, Note note) {
        PDAnnotationText text = new PDAnnotationText();
        float x = Math.max(2, at.lineX() - 17);
        text.setRectangle(new PDRectangle(x, at.top() - 14, 14, 14));
        text.setName(PDAnnotationText.NAME_NOTE);
        text.setColor(NOTE);
        text.setContents(note.text());
        text.setSubject(note.quote().isBlank() ? "Note" : "Note on '" + note.quote() + "'");
        text.setTitlePopup("Reader's note");
        Calendar created = Calendar.getInstance();
        created.setTimeInMillis(note.created().toEpochMilli());
        text.setCreationDate(created);
        text.setPrinted(true);
        text.setNoRotate(true);
        text.setNoZoom(true);
        annotations.add(at.page(), text);
        popup(at.page(), text, at.top());
    }

    private void popup(PDPage page, PDAnnotationMarkup parent, float top) {
        PDAnnotationPopup popup = new PDAnnotationPopup();
        PDRectangle media = page.getMediaBox();
        float width = 200;
        float bottom = Math.max(10, top - 90);
        popup.setRectangle(new PDRectangle(media.getWidth() - width - 10, bottom, width, 90));
        popup.setOpen(false);
        popup.setParent(parent);
        parent.setPopup(popup);
        annotations.add(page, popup);
    }

    /**
     * The note's range if it still shows the quoted text, else where the quote is now, else the
     * range cut to the text and at least one character long (so an empty range still gets a note).
     */
    static TextRange resolve(Note note, String text) {
        TextRange r = note.range();
        boolean inside = r.end() <= text.length();
        if (inside && r.length() > 0 && (note.quote().isEmpty() || r.of(text).equals(note.quote()))) {
            return r;
        }
        int found = note.quote().isEmpty() ? -1 : text.indexOf(note.quote());
        if (found >= 0) {
            return new TextRange(found, found + note.quote().length());
        }
        int start = Math.min(r.start(), Math.max(0, text.length() - 1));
        int end = Math.min(Math.max(r.end(), start + 1), text.length());
        return new TextRange(start, Math.max(start, end));
    }

    private static float[] points(List<PdfQuad> quads) {
        float[] all = new float[quads.size() * 8];
        for (int i = 0; i < quads.size(); i++) {
            System.arraycopy(quads.get(i).points(), 0, all, i * 8, 8);
        }
        return all;
    }

    private static PDRectangle bounds(List<PdfQuad> quads) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (PdfQuad q : quads) {
            x0 = Math.min(x0, q.x0());
            x1 = Math.max(x1, q.x1());
            y0 = Math.min(y0, q.bottom());
            y1 = Math.max(y1, q.top());
        }
        return new PDRectangle(x0 - 1, y0 - 1, x1 - x0 + 2, y1 - y0 + 2);
    }

}
