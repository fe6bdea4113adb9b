package app.parallax.core.text;

import java.util.List;

/**
 * The spelling forms of a passage's capitalised words ({@link TermKeys#fold} of the key and the
 * {@link NameSpelling} form), each made the first time it is needed and kept for the rest of one
 * alignment: the word aligner compares every unaligned name of one passage with every one of the
 * other, so making them per pair cost more than the rest of the alignment.
 */
final class NameForms {

    private final List<Token> tokens;
    private final String[] folds;
    private final NameSpelling.Form[] forms;

    NameForms(List<Token> tokens) {
        this.tokens = tokens;
        this.folds = new String[tokens.size()];
        this.forms = new NameSpelling.Form[tokens.size()];
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
        if (folds[i] == null) {
            folds[i] = TermKeys.fold(tokens.get(i).key());
        }
        return folds[i];
    }

    private NameSpelling.Form form(int i) {
        if (forms[i] == null) {
            forms[i] = NameSpelling.form(tokens.get(i).key());
        }
        return forms[i];
    }
}
