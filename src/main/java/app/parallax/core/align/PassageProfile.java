package app.parallax.core.align;

import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.classify.Slot;
import app.parallax.core.classify.SlotFinder;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the aligner knows of one passage: its tokens and the set of content terms it matches on.
 * Besides stemmed content words, each weekday, meal, month or time-of-day word adds a feature for
 * its kind, so "breakfast on Monday" still resembles "supper on Monday".
 */
final class PassageProfile {

    private static final Set<ConflictKind> SLOT_FEATURES = EnumSet.of(ConflictKind.WEEKDAY, ConflictKind.MONTH,
            ConflictKind.MEAL, ConflictKind.TIME_OF_DAY);

    final int index;
    final int articleIndex;
    final Passage passage;
    final List<Token> tokens;
    final Set<String> terms;
    final List<Slot> slots;
    double norm;

    PassageProfile(int index, int articleIndex, Passage passage, List<Token> tokens) {
        this.index = index;
        this.articleIndex = articleIndex;
        this.passage = passage;
        this.tokens = tokens;
        this.terms = contentTerms(tokens);
        this.slots = SlotFinder.find(tokens);
    }

    private static Set<String> contentTerms(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (StopWords.contains(t.key()) || (t.key().length() < 2 && !t.isNumeric())) {
                continue;
            }
            out.add(t.term());
            Lexicon.kindOf(t.key()).filter(SLOT_FEATURES::contains).ifPresent(kind -> out.add("§" + kind.name()));
        }
        return out;
    }
}
