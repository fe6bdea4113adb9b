package app.parallax.ui.columns;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.StoryReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * The note beside the pointer saying who reports the hovered passage and how. It lives in a window
 * of its own, which the main window's zoomed font size does not reach, so it is sized for the
 * zoom here.
 */
public final class PassagePopover {

    /** Text size and widest line at zoom 1. */
    private static final double FONT = 12.5;
    private static final double WIDTH = 420;
    /** Other outlets' words shown for an agreed passage; more are counted. */
    private static final int AGREED_SHOWN = 2;

    private final Tooltip tooltip = new Tooltip();

    public PassagePopover() {
        tooltip.setId("passage-popover");
        tooltip.getStyleClass().add("passage-popover");
        tooltip.setWrapText(true);
        zoomTo(1);
    }

    /** Sizes the text and the widest line for this zoom (1 = normal). */
    public void zoomTo(double zoom) {
        tooltip.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", FONT * zoom));
        tooltip.setMaxWidth(WIDTH * zoom);
    }

    public Tooltip tooltip() {
        return tooltip;
    }

    public void show(Node owner, StoryReport report, String passageId, double screenX, double screenY) {
        Optional<Claim> claim = report.result().findClaim(passageId);
        Optional<Passage> passage = report.result().findPassage(passageId);
        if (claim.isEmpty() || passage.isEmpty()) {
            tooltip.hide();
            return;
        }
        showText(owner, describe(report, claim.get(), passage.get()), screenX, screenY);
    }

    /** Shows a note's own text, for the pointer over a note's words. */
    public void showNote(Node owner, Note note, double screenX, double screenY) {
        showText(owner, "Note: " + (note.text().isBlank() ? "(empty)" : note.text()), screenX, screenY);
    }

    public void hide() {
        tooltip.hide();
    }

    private void showText(Node owner, String text, double screenX, double screenY) {
        tooltip.setText(text);
        tooltip.show(owner, screenX + 16, screenY + 18);
    }

    /**
     * The claim's wording for this passage's shown verdict, then its own flagged words, each line
     * naming its grade ("Conflict (meal): …", "Values differ (number): …"); an agreed passage
     * also shows what it agrees with, the other outlets' words.
     */
    static String describe(StoryReport report, Claim claim, Passage passage) {
        Verdict shown = report.verdictOf(passage).orElse(claim.verdict());
        if (shown == Verdict.AGREED && claim.verdict() != Verdict.AGREED) {
            String who = String.join(", ", report.outlets(claim.articleIds()));
            return "Agreed: reported by " + who + "\nThis sentence states none of the values in question ("
                    + report.valuesLine(claim) + ")" + agreedWith(report, passage, List.of());
        }
        List<String> lines = new java.util.ArrayList<>(report.conflictLines(passage.id()));
        lines.addAll(report.sharedLines(passage.id()));
        String agreed = shown == Verdict.AGREED ? agreedWith(report, passage, lines) : "";
        return report.describe(claim) + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines)) + agreed;
    }

    /** For an agreed passage whose shared words are not listed yet: the other outlets' words it agrees with. */
    private static String agreedWith(StoryReport report, Passage passage, List<String> listed) {
        if (!listed.isEmpty()) {
            return "";
        }
        List<String> theirs = report.agreedWithLines(passage.id(), AGREED_SHOWN);
        return theirs.isEmpty() ? "" : "\n" + String.join("\n", theirs);
    }
}
