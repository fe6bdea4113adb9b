package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.semantic.Semantic;

/** The engine a command uses: the best comparison by default, words alone with {@code --fast}. */
final class Engines {

    private Engines() {
    }

    static Comparison choose(boolean fast) {
        return fast ? Comparison.standard() : Semantic.comparison();
    }
}
