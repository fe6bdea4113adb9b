package app.parallax.ui.shell;

import app.parallax.core.article.Article;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for an article's new outlet name, prefilled with the current one. */
final class OutletDialog {

    private OutletDialog() {
    }

    /** The name typed, stripped; empty when cancelled or left blank. */
    static Optional<String> ask(Window owner, Article article) {
        TextInputDialog ask = new TextInputDialog(article.outlet());
        ask.initOwner(owner);
        ask.setTitle("Rename Outlet");
        ask.setHeaderText("Outlet of “" + article.title() + "”");
        ask.getEditor().setId("rename-outlet-text");
        return ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
