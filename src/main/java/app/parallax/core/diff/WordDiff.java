package app.parallax.core.diff;

import app.parallax.core.text.Token;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two passages' tokens with java-diff-utils (Myers), comparing tokens by their
 * matching term so that inflection and transliteration do not count as changes. The only class
 * that touches the library; its types never leave this package.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /**
     * @return the changed runs in order; empty when the token lists match term for term
     */
    public static List<WordChange> diff(List<Token> a, List<Token> b) {
        List<WordChange> out = new ArrayList<>();
        for (AbstractDelta<Token> d : DiffUtils.diff(a, b, (x, y) -> x.term().equals(y.term())).getDeltas()) {
            int aFrom = d.getSource().getPosition();
            int bFrom = d.getTarget().getPosition();
            out.add(new WordChange(aFrom, aFrom + d.getSource().size(), bFrom, bFrom + d.getTarget().size()));
        }
        return out;
    }

    /**
     * The token pairs the diff matched, as {@code {aIndex, bIndex}}: everything outside the changes.
     */
    public static List<int[]> matches(List<WordChange> changes, int sizeA, int sizeB) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (WordChange c : changes) {
            while (i < c.aFrom() && j < c.bFrom()) {
                out.add(new int[] {i++, j++});
            }
            i = c.aTo();
            j = c.bTo();
        }
        while (i < sizeA && j < sizeB) {
            out.add(new int[] {i++, j++});
        }
        return out;
    }
}
