package app.parallax.ui.columns;

import java.util.Collection;
import java.util.List;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Builds one throw-away text area on a background thread while the window opens, so that loading
 * RichTextFX's, ReactFX's and Flowless's classes (a few hundred, with their lambdas) does not fall
 * on the UI thread when the first column is built: under load that took a quarter of a second of
 * the first column's build. JavaFX allows building nodes on any thread until they join a shown
 * scene; this one never does.
 */
public final class ColumnWarmUp {

    private ColumnWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (call once the JavaFX toolkit runs). */
    public static void start() {
        Thread t = new Thread(ColumnWarmUp::run, "parallax-column-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setEditable(false);
            area.setWrapText(true);
            area.replaceText("Warm-up text.\n\nA second paragraph.");
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            spans.add(List.of(VerdictStyle.NOTE), area.getLength());
            area.setStyleSpans(0, spans.create());
            area.setParagraphGraphicFactory(paragraph -> new Region());
            area.moveTo(0);
            new VirtualizedScrollPane<>(area);
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the first column then loads the classes itself
        }
    }
}
