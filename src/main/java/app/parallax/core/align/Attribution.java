package app.parallax.core.align;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The words of a passage that say who said it, not what happened: "ministry spokeswoman Lena
 * Varga [said]", "[told reporters on Monday]", "[according to] the agency", ", [said] Sgt. Ole
 * Brandt". Two quotes of one spokesman on two subjects share all of these and little else, so a
 * link's coverage counts the other words only: the attribution says nothing about whether two
 * passages report one fact.
 */
final class Attribution {

    /** Words of a speaker's description besides {@linkplain Lexicon#isSpeakerWord roles}: "[the] agency['s] spokesman". */
    private static final Set<String> DESCRIPTION_WORDS = Set.of("the", "a", "an", "statement", "also", "later",
            "earlier");
    /** Words after the verb that belong to an attribution only when a word of it follows. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "the", "a", "an", "on", "in", "at", "by", "late",
            "early", "last", "this", "earlier");
    /** Words an attribution spans at most on either side of its verb. */
    private static final int REACH = 6;

    private Attribution() {
    }

    /** Per token, whether it belongs to an attribution; all false when the passage has none. */
    static boolean[] of(List<Token> tokens, String text) {
        boolean[] out = new boolean[tokens.size()];
        for (int j = 0; j < tokens.size(); j++) {
            if (!Lexicon.isSpeechVerb(tokens.get(j).key())) {
                continue;
            }
            out[j] = true;
            for (int i = j - 1; i >= Math.max(0, j - REACH) && !punctuationBetween(tokens, i, i + 1, text); i--) {
                if (!describesSpeaker(tokens.get(i))) {
                    break;
                }
                out[i] = true;
            }
            // "…,” said Sgt. Ole Brandt" / "according to Captain Ida Holm": the speaker follows the verb
            boolean speakerAfter = tokens.get(j).key().equals("according")
                    || j > 0 && punctuationBetween(tokens, j - 1, j, text);
            // function words count only up to a word that says to whom, by whom or when: "told [the
            // newspaper on Monday]", not "said [the] talks"
            int last = j;
            for (int i = j + 1; i < Math.min(tokens.size(), j + 1 + REACH) && !punctuationBetween(tokens, i - 1, i, text); i++) {
                Token t = tokens.get(i);
                boolean day = Lexicon.kindOf(t.key()).filter(k -> k == ConflictKind.WEEKDAY).isPresent();
                boolean speaker = speakerAfter && describesSpeaker(t) && !FUNCTION_WORDS.contains(t.key());
                if (!(Lexicon.isStatementFiller(t.key()) || day || speaker)) {
                    break;
                }
                if (day || speaker || !FUNCTION_WORDS.contains(t.key())) {
                    last = i;
                }
            }
            for (int i = j + 1; i <= last; i++) {
                out[i] = true;
            }
        }
        return out;
    }

    /** A name, a title or a word of a speaker's role: "Sgt.", "Brandt", "ministry", "spokeswoman". */
    private static boolean describesSpeaker(Token t) {
        return t.capitalized() || Lexicon.isTitle(t.key()) || Lexicon.isTitleModifier(t.key())
                || Lexicon.isSpeakerWord(t.key()) || DESCRIPTION_WORDS.contains(t.key());
    }

    /** A comma, quotation mark, bracket or clause mark between two tokens. */
    private static boolean punctuationBetween(List<Token> tokens, int i, int j, String text) {
        for (int k = tokens.get(i).range().end(); k < tokens.get(j).range().start(); k++) {
            if (",;:()[]\"“”—".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
