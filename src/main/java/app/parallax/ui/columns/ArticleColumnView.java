package app.parallax.ui.columns;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.note.Note;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One article's column: a header (outlet, title, date, words, shared share, move and close
 * buttons) above a read-only, wrapped RichTextFX area whose style classes come from a
 * {@link HighlightPlan}. Mouse events are passed to {@link Events}; nothing here decides.
 */
public final class ArticleColumnView {

    /** What the column tells the window about the user's pointer and buttons. */
    public interface Events {
        void hover(ArticleColumnView column, String passageId, double screenX, double screenY);

        /** The pointer is over a note's words: the note, not the passage, is shown. */
        void hoverNote(ArticleColumnView column, Note note, double screenX, double screenY);

        void click(ArticleColumnView column, String passageId);

        void addNote(ArticleColumnView column);

        void move(ArticleColumnView column, int delta);

        void close(ArticleColumnView column);

        /** The user asked to edit this article's outlet name. */
        void renameOutlet(ArticleColumnView column);
    }

    private static final double HEADER_HEIGHT = 96;

    private final Article article;
    private final Events events;
    private final VBox root = new VBox();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final TextBounds textBounds = new TextBounds(area);
    private final Label meta = new Label();
    private final Tooltip metaTip = new Tooltip();
    private List<Passage> passages = List.of();
    private ComparisonResult result = ComparisonResult.empty();
    private List<HighlightPlan.Span> applied = List.of();
    private List<Note> notes = List.of();

    public ArticleColumnView(Article article, Events events) {
        this.article = article;
        this.events = events;
        root.setId("column-" + article.id());
        root.getStyleClass().add("article-column");
        area.setId("body-" + article.id());
        area.getStyleClass().add("article-body");
        area.setEditable(false);
        area.setWrapText(true);
        area.replaceText(article.text());
        area.moveTo(0);
        // replaceText leaves the view at the end of the text, where the first layout would show it
        area.showParagraphAtTop(0);
        area.setContextMenu(contextMenu());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        // a scroll bar that appears after the first layout narrows the text and re-wraps it: the top
        // line moves by itself, which synchronised scrolling would take for the user's scroll
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header(), scroll);
        installMouse();
        setNotes(List.of());
    }

    public Node node() {
        return root;
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Takes the result's passages of this article and updates the shared share. */
    public void showResult(ComparisonResult result) {
        showResult(result, true);
    }

    /**
     * Takes a new result; its header figures now or, with {@code headerNow} false, at the next
     * {@link #showHeader} (a column out of view sideways: see {@code ColumnsPane.showResult}).
     */
    void showResult(ComparisonResult result, boolean headerNow) {
        this.result = result;
        passages = result.passagesOf(article.id());
        if (headerNow) {
            showHeader();
        }
    }

    /** Puts the current result's figures (words, share) in the header and its tooltip. */
    void showHeader() {
        String words = app.parallax.report.Words.count(article.wordCount(), "word", "words");
        String date = article.date().isBlank() ? "" : article.date() + " · ";
        boolean preview = !result.engine().contains("meaning");
        String shared = passages.isEmpty() ? "" : String.format(" · %s%.0f%% shared", preview ? "~" : "",
                100 * result.sharedShare(article.id()));
        meta.setText(date + words + shared);
        metaTip.setText(date + words + shared + (shared.isEmpty() ? "" : "\n" + SHARED_MEANS
                + (preview ? "\n" + BY_WORDS_MEANS : "")));
    }

    /** Why a share is marked "~": compared by words alone, as the first quick pass or without the model. */
    static final String BY_WORDS_MEANS = "~: compared by words alone (the quick first pass, or the sentence model is"
            + " unavailable); the comparison by meaning usually links more sentences.";

    /** What "% shared" in the header means, for its tooltip. */
    static final String SHARED_MEANS = "% shared: the share of this article's sentences that at least one other"
            + " open outlet also reports (agreeing or not); the rest only this outlet reports.";

    /**
     * Gives the text a highlight plan's classes. Only the stretch that differs from the plan applied
     * last is restyled (a hover changes a passage or two): restyling the whole text updates every
     * paragraph of RichTextFX's document and costs the UI thread tens of milliseconds a column.
     */
    public void applySpans(List<HighlightPlan.Span> spans) {
        if (!fits(spans)) {
            return;
        }
        HighlightPlan.Change change = HighlightPlan.Change.between(applied, spans);
        applied = spans;
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        change.spans().forEach(s -> b.add(s.classes(), s.end() - s.start()));
        area.setStyleSpans(change.from(), b.create());
    }

    /**
     * How many characters {@link #applySpans} would restyle (0 when nothing would change): the
     * paragraphs in that stretch get new cells, styled and laid out in the next pulse.
     */
    int restyleLength(List<HighlightPlan.Span> spans) {
        if (!fits(spans)) {
            return 0;
        }
        List<HighlightPlan.Span> changed = HighlightPlan.Change.between(applied, spans).spans();
        return changed.isEmpty() ? 0 : changed.get(changed.size() - 1).end() - changed.get(0).start();
    }

    /** True when a plan covers this text and differs from the one applied last. */
    private boolean fits(List<HighlightPlan.Span> spans) {
        return !spans.isEmpty() && area.getLength() > 0 && !spans.equals(applied)
                && spans.get(spans.size() - 1).end() == area.getLength();
    }

    /** Margin markers for the notes of this article (a pencil beside the paragraph a note starts in). */
    public void setNotes(List<Note> notes) {
        List<Note> mine = notes.stream().filter(n -> n.articleId().equals(article.id())).toList();
        this.notes = mine;
        IntFunction<Node> gutter = paragraph -> marker(paragraph, mine);
        area.setParagraphGraphicFactory(gutter);
    }

    private Node marker(int paragraph, List<Note> notes) {
        List<Note> here = notes.stream().filter(n -> paragraphOf(n.range().start()) == paragraph).toList();
        if (here.isEmpty()) {
            Region blank = new Region();
            blank.getStyleClass().add("note-gutter");
            return blank;
        }
        Label pencil = new Label(here.size() == 1 ? "✎" : "✎" + here.size());
        pencil.getStyleClass().add("note-marker");
        pencil.setId("note-marker-" + article.id() + "-" + paragraph);
        String text = here.stream().map(n -> n.text().isBlank() ? "(empty note)" : n.text())
                .reduce((a, b) -> a + "\n—\n" + b).orElse("");
        Tooltip.install(pencil, new Tooltip(text));
        VBox gutter = new VBox(pencil);
        gutter.getStyleClass().add("note-gutter");
        gutter.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        gutter.setMaxHeight(Double.MAX_VALUE);
        return gutter;
    }

    public int paragraphOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, area.getLength()));
        return area.offsetToPosition(clamped, TwoDimensional.Bias.Forward).getMajor();
    }

    /** The passage covering a text offset, if any. */
    Optional<Passage> passageAt(int offset) {
        return result.passageAt(article.id(), offset);
    }

    /** Where a passage is on screen, when any of it is visible. */
    public Optional<Bounds> boundsOnScreen(Passage p) {
        if (p.end() > area.getLength() || p.end() <= p.start()) {
            return Optional.empty();
        }
        try {
            return textBounds.onScreen(p.start(), p.end());
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /** Where the text from {@code start} to {@code end} is on screen, over its paragraphs in view. */
    Optional<Bounds> textOnScreen(int start, int end) {
        return textBounds.onScreen(start, end);
    }

    /**
     * Where a passage is on screen; for a passage scrolled out of view, a flat box at the top or
     * bottom edge of the text on its side, flagged by {@code visible == false}.
     */
    Optional<Anchor> anchorOnScreen(Passage p) {
        return anchorOnScreen(p, textInView());
    }

    /**
     * As {@link #anchorOnScreen(Passage)}, with what of the text is in view taken once: a band's
     * redraw asks for dozens of passages, and each asking RichTextFX for its visible paragraphs and
     * the text's bounds on screen again was most of the redraw.
     */
    Optional<Anchor> anchorOnScreen(Passage p, TextInView in) {
        // paragraphs first: asking RichTextFX for the bounds of text out of view is what costs
        if (!outOfView(p, in)) {
            return boundsOnScreen(p).map(b -> new Anchor(b, true));
        }
        boolean above = paragraphOf(p.end() - 1) < in.firstParagraph();
        Bounds view = in.view();
        double y = above ? view.getMinY() : view.getMaxY();
        return Optional.of(new Anchor(new javafx.geometry.BoundingBox(view.getMinX(), y, view.getWidth(), 0), false));
    }

    /** True when the passage lies wholly above or below the text in view (cheap: no bounds asked). */
    boolean outOfView(Passage p, TextInView in) {
        return in != null && p.end() <= area.getLength() && p.end() > p.start()
                && (paragraphOf(p.end() - 1) < in.firstParagraph() || paragraphOf(p.start()) > in.lastParagraph());
    }

    /**
     * The text's box on screen and its first and last paragraphs in view, or null before it is laid
     * out or while it is laid out again (the visible paragraphs change under a resize or new text).
     */
    TextInView textInView() {
        int shown = area.getVisibleParagraphs().size();
        Bounds view = area.localToScreen(area.getLayoutBounds());
        if (view == null || shown == 0) {
            return null;
        }
        try {
            return new TextInView(view, area.visibleParToAllParIndex(0), area.visibleParToAllParIndex(shown - 1));
        } catch (IllegalArgumentException notLaidOut) {
            return null;
        }
    }

    /** What of a column's text is in view: its box on screen, its first and last visible paragraphs. */
    record TextInView(Bounds view, int firstParagraph, int lastParagraph) {
    }

    /** A passage's box on screen and whether it is really visible or stands in at an edge. */
    record Anchor(Bounds bounds, boolean visible) {
    }

    public IndexRange selection() {
        return area.getSelection();
    }

    private Node header() {
        Label outlet = new Label(article.outlet());
        outlet.getStyleClass().add("column-outlet");
        outlet.setId("outlet-" + article.id());
        // the header cuts a long name ("The New York…"): the tooltip gives it whole
        outlet.setTooltip(new Tooltip(article.outlet() + "\nDouble-click to rename the outlet (F2)"));
        outlet.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                events.renameOutlet(this);
            }
        });
        Label title = new Label(article.title());
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxHeight(40);
        title.setPrefHeight(40);
        title.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        meta.getStyleClass().add("column-meta");
        meta.setTooltip(metaTip);
        outlet.setMinWidth(0);
        meta.setId("meta-" + article.id());
        showResult(app.parallax.core.ComparisonResult.empty());
        Button left = button("◀", "left-", "Move this column left (Ctrl+Shift+←)", () -> events.move(this, -1));
        Button right = button("▶", "right-", "Move this column right (Ctrl+Shift+→)", () -> events.move(this, 1));
        Button close = button("✕", "close-", "Close this article (Ctrl+W); its notes stay saved", () -> events.close(this));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, outlet, spacer, left, right, close);
        top.getStyleClass().add("column-header-top");
        VBox header = new VBox(2, top, title, meta);
        header.getStyleClass().add("column-header");
        header.setPadding(new Insets(6, 8, 6, 8));
        header.setMinHeight(HEADER_HEIGHT);
        header.setPrefHeight(HEADER_HEIGHT);
        header.setMaxHeight(HEADER_HEIGHT);
        Tooltip.install(header, new Tooltip(article.source()));
        return header;
    }

    private Button button(String text, String idPrefix, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(idPrefix + article.id());
        b.getStyleClass().add("column-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu contextMenu() {
        MenuItem note = new MenuItem("Add Note to Selection");
        note.setOnAction(e -> events.addNote(this));
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem rename = new MenuItem("Rename Outlet…");
        rename.setOnAction(e -> events.renameOutlet(this));
        return new ContextMenu(note, copy, rename);
    }

    private void installMouse() {
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Optional<Note> note = offsetUnder(e).flatMap(this::noteAt);
            if (note.isPresent()) {
                events.hoverNote(this, note.get(), e.getScreenX(), e.getScreenY());
                return;
            }
            String id = passageUnder(e).orElse(null);
            events.hover(this, id, e.getScreenX(), e.getScreenY());
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> events.hover(this, null, 0, 0));
        // the wheel moves other text under a still pointer: the popup and outlines of the passage
        // that was there would describe words no longer under it (the next move shows the new one)
        area.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> events.hover(this, null, 0, 0));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress() && area.getSelection().getLength() == 0) {
                passageUnder(e).ifPresent(id -> events.click(this, id));
            }
        });
    }

    private Optional<String> passageUnder(MouseEvent e) {
        return offsetUnder(e).flatMap(this::passageAt).map(Passage::id);
    }

    private Optional<Integer> offsetUnder(MouseEvent e) {
        try {
            var hit = area.hit(e.getX(), e.getY());
            return hit.getCharacterIndex().isEmpty() ? Optional.empty() : Optional.of(hit.getCharacterIndex().getAsInt());
        } catch (RuntimeException outside) {
            return Optional.empty();
        }
    }

    /** The note whose words cover a text offset, if any. */
    Optional<Note> noteAt(int offset) {
        return notes.stream().filter(n -> n.range().start() <= offset && offset < n.range().end()).findFirst();
    }
}
