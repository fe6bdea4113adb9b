package app.parallax.core.text;

import java.util.List;

/**
 * The spelling forms of a passage's capitalised words ({@link TermKeys#fold} of the key and the
 * {@link NameSpelling} form), made once with the passage's {@link PassageWords}: the word aligner
 * compares every unaligned name of one passage with every one of the other, in every candidate
 * pair the passage takes part in, so making them per pair cost more than the rest of the
 * alignment. Only capitalised words are asked about by the aligner; another word's forms are made
 * on each call. Immutable once made, so pairs on several threads share it.
 */
final class NameForms {

    private final List<Token> tokens;
    private final String[] folds;
    private final NameSpelling.Form[] forms;

    NameForms(List<Token> tokens) {
        this.tokens = tokens;
        this.folds = new String[tokens.size()];
        this.forms = new NameSpelling.Form[tokens.size()];
        for (int i = 0; i < folds.length; i++) {
            if (tokens.get(i).capitalized()) {
                folds[i] = TermKeys.fold(tokens.get(i).key());
                forms[i] = NameSpelling.form(tokens.get(i).key());
            }
        }
    }

    /**
     * Whether word {@code i} here and word {@code j} of {@code other} may be one word or name
     * spelled two ways ({@link Spelling#areVariants}, {@link NameSpelling#variants}).
     */
    boolean variants(int i, NameForms other, int j) {
        String keyA = tokens.get(i).key();
        String keyB = other.tokens.get(j).key();
        return Spelling.areVariants(keyA, fold(i), keyB, other.fold(j))
                || NameSpelling.variants(form(i), other.form(j));
    }

    private String fold(int i) {
        String made = folds[i];
        return made != null ? made : TermKeys.fold(tokens.get(i).key());
    }

    private NameSpelling.Form form(int i) {
        NameSpelling.Form made = forms[i];
        return made != null ? made : NameSpelling.form(tokens.get(i).key());
    }
}
