package app.parallax.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the word aligner reads of one passage, made once: its tokens, which of them are content
 * words ({@link WordAlignment#isContent}), the content words by {@link TermKeys#verbTerm}, and the
 * spelling forms of its names ({@link NameForms}). A passage of a story takes part in some thirty
 * candidate pairs, and making these facts again for every pair (a stop-word lookup per token, a
 * stemming per irregular verb, a sound-alike form per name) cost more than aligning the pair.
 * Immutable once made, so one instance serves pairs aligned on several threads.
 */
public final class PassageWords {

    private final List<Token> tokens;
    private final boolean[] content;
    /** Per token, its verb term when it is a content word, else null. */
    private final @org.jspecify.annotations.Nullable String[] verbTerms;
    /** The content words' indexes by verb term, each in ascending order. */
    private final Map<String, int[]> byVerbTerm;
    private final NameForms names;

    private PassageWords(List<Token> tokens) {
        this.tokens = tokens;
        this.content = new boolean[tokens.size()];
        this.verbTerms = new String[tokens.size()];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < content.length; i++) {
            content[i] = WordAlignment.isContent(tokens.get(i));
            if (content[i]) {
                verbTerms[i] = TermKeys.verbTerm(tokens.get(i));
                lists.computeIfAbsent(verbTerms[i], k -> new ArrayList<>()).add(i);
            }
        }
        this.byVerbTerm = new HashMap<>(Math.max(4, lists.size() * 2));
        lists.forEach((term, at) -> byVerbTerm.put(term, at.stream().mapToInt(Integer::intValue).toArray()));
        this.names = new NameForms(tokens);
    }

    /** The aligner's facts of a passage's tokens (article offsets or not, as the tokens have them). */
    public static PassageWords of(List<Token> tokens) {
        return new PassageWords(tokens);
    }

    /** The passage's tokens, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** How many tokens. */
    public int size() {
        return content.length;
    }

    /** Whether token {@code i} is a content word ({@link WordAlignment#isContent}). */
    public boolean isContent(int i) {
        return content[i];
    }

    /** The content flags by token; shared, not to be changed. */
    boolean[] contentFlags() {
        return content;
    }

    /** The verb term of content word {@code i}; null for a function word. */
    @org.jspecify.annotations.Nullable String verbTerm(int i) {
        return verbTerms[i];
    }

    /** The content words whose verb term is {@code term}, in ascending order; null when none. */
    int @org.jspecify.annotations.Nullable [] withVerbTerm(String term) {
        return byVerbTerm.get(term);
    }

    /** The spelling forms of the passage's words. */
    NameForms names() {
        return names;
    }
}
