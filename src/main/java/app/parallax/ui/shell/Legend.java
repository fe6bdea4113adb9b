package app.parallax.ui.shell;

import app.parallax.ui.columns.VerdictStyle;

import app.parallax.core.classify.Verdict;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The key to the highlight styles, drawn with the same palette colours as the text. */
final class Legend {

    private Legend() {
    }

    static Node build() {
        HBox box = new HBox(10,
                title(),
                swatch("legend-" + VerdictStyle.cssClass(Verdict.AGREED), "agreed by another outlet",
                        "At least one other outlet reports this, with no conflicting fact"),
                swatch("legend-" + VerdictStyle.cssClass(Verdict.DISPUTED), "disputed",
                        "Outlets report this with conflicting facts"),
                swatch("legend-" + VerdictStyle.CONFLICT_WORDS, "conflicting words",
                        "The words that differ from another outlet's account"),
                swatch("legend-" + VerdictStyle.cssClass(Verdict.VALUES_DIFFER), "values differ",
                        "Worth a look, not proof: hedged or approximate figures, two spellings of a name, a quote negated in one"),
                swatch("legend-" + VerdictStyle.VALUES_DIFFER_WORDS, "differing values",
                        "The words whose values differ from another outlet's"),
                swatch("legend-" + VerdictStyle.cssClass(Verdict.SINGLE), "only this outlet",
                        "No other open article reports this"),
                swatch("legend-" + VerdictStyle.BOILERPLATE, "boilerplate", "Site furniture, not compared"),
                swatch("legend-" + VerdictStyle.OUTLINED, "counterpart", "Reports the passage under the pointer"),
                swatch("legend-" + VerdictStyle.NOTE, "✎ your note", "Text you annotated"));
        box.setId("legend");
        box.getStyleClass().add("legend");
        return box;
    }

    private static Node title() {
        Label l = new Label("Key:");
        l.getStyleClass().add("legend-title");
        return l;
    }

    private static Node swatch(String cssClass, String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("legend-swatch", cssClass);
        l.setTooltip(new Tooltip(tip));
        return l;
    }
}
