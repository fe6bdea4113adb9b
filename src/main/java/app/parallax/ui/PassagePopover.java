package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/** The note beside the pointer saying who reports the hovered passage and how. */
final class PassagePopover {

    private final Tooltip tooltip = new Tooltip();

    PassagePopover() {
        tooltip.setId("passage-popover");
        tooltip.getStyleClass().add("passage-popover");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    Tooltip tooltip() {
        return tooltip;
    }

    void show(Node owner, ComparisonResult r, String passageId, double screenX, double screenY) {
        Optional<Claim> claim = r.findClaim(passageId);
        if (claim.isEmpty()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(ClaimSummary.describe(claim.get(), r) + conflictLines(r, passageId));
        tooltip.show(owner, screenX + 16, screenY + 18);
    }

    void hide() {
        tooltip.hide();
    }

    /** "“lunch” here, “dinner” in USA Today", one line per conflicting outlet. */
    private static String conflictLines(ComparisonResult r, String passageId) {
        Set<String> lines = new LinkedHashSet<>();
        for (Link l : r.linksOf(passageId)) {
            boolean a = l.a().equals(passageId);
            String other = r.findPassage(l.other(passageId)).flatMap(p -> r.findArticle(p.articleId()))
                    .map(Article::outlet).orElse("?");
            l.conflicts().forEach(d -> lines.add("“" + (a ? d.aWords() : d.bWords()) + "” here, “"
                    + (a ? d.bWords() : d.aWords()) + "” in " + other));
        }
        return lines.isEmpty() ? "" : "\n" + String.join("\n", lines);
    }
}
