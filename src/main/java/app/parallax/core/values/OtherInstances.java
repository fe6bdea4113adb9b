package app.parallax.core.values;

import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import java.util.Set;

/**
 * A passage that says its thing is another one of the kind the other passage reports: "A separate
 * Quinnipiac poll last week had Reyes ahead 41 percent to 39 percent" against "A Monmouth poll
 * showed Reyes leading 44 percent to 38 percent". The two figures are two measurements, not one
 * told two ways, however alike the sentences are; the word that says so stands right before the
 * noun both passages share ("[another] attack", "a [separate] Quinnipiac [poll]").
 */
final class OtherInstances {

    /** Words that mark a thing as other than one already told of. */
    private static final Set<String> MARKERS = Set.of("separate", "another", "different");
    /** Words the marker may stand back from the shared noun: "a separate [Quinnipiac] poll". */
    private static final int REACH = 2;

    private OtherInstances() {
    }

    /**
     * True when one passage marks a word it shares with the other as another instance ("a separate
     * poll") and the other passage marks none of the words they share ("another poll" in both may
     * be one poll).
     */
    static boolean marked(SlotComparer.Side a, SlotComparer.Side b, WordAlignment alignment) {
        boolean markedA = false;
        boolean markedB = false;
        for (int i = 0; i < a.tokens().size(); i++) {
            int j = alignment.partnerOfA(i);
            if (j >= 0) {
                markedA |= markedBefore(a.tokens(), i);
                markedB |= markedBefore(b.tokens(), j);
            }
        }
        return markedA != markedB;
    }

    /** A marker within {@value #REACH} words before content word {@code at}, none of them a figure. */
    private static boolean markedBefore(List<Token> tokens, int at) {
        if (!WordAlignment.isContent(tokens.get(at)) || tokens.get(at).isNumeric()) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - REACH); k--) {
            Token w = tokens.get(k);
            if (MARKERS.contains(w.key())) {
                return true;
            }
            if (w.isNumeric()) {
                return false;
            }
        }
        return false;
    }
}
