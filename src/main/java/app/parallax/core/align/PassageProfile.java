package app.parallax.core.align;

import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.PassageWords;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the aligner knows of one passage: its tokens, its typed values, the set of content
 * terms it matches on and, when a sentence model is used, its embedding.
 * <p>
 * Values that two reports of one event may state differently (weekday, month, meal, time of day,
 * numbers, ordinals, years) enter the term set as slot terms ({@code §WEEKDAY:tuesday}), which the
 * {@link TermIndex} compares as slots: a value matches any value of its kind on the other side, so
 * "met on Tuesday" and "met on Thursday" score as alike as "met on Tuesday" twice and the differing
 * fact never weakens the link that lets the reader see it.
 */
final class PassageProfile {

    private static final Set<ConflictKind> VALUE_SLOTS = EnumSet.of(ConflictKind.WEEKDAY, ConflictKind.MONTH,
            ConflictKind.MEAL, ConflictKind.TIME_OF_DAY, ConflictKind.NUMBER, ConflictKind.ORDINAL, ConflictKind.DATE);

    /** Slot terms start with this, then the kind, a colon and the value. */
    static final String SLOT_PREFIX = "§";

    final int index;
    final int articleIndex;
    final int order;
    final Passage passage;
    final List<Token> tokens;
    /** What the word aligner reads of the tokens, made once for every pair the passage is in. */
    final PassageWords words;
    final Set<String> terms;
    final List<app.parallax.core.values.Value> values;
    float[] vector;
    /** Indexes of the content words among {@link #tokens}, in order. */
    final int[] content;
    /**
     * The term of each content word, by its place in {@link #content}, and the term's hash: so
     * that comparing a word with every content word of another passage reads arrays and compares
     * the characters of two terms only when their hashes agree.
     */
    final String[] contentTermAt;
    final int[] contentTermHash;
    /** The terms of the content words. */
    final Set<String> contentTerms;
    /** Per token, whether it only says who said the passage ({@link Attribution}). */
    final boolean[] attribution;
    /** Indexes of the content words outside the attribution: what coverage counts. */
    final int[] factContent;
    /** Contextual vectors of the content words, by token; null when the model gave none. */
    app.parallax.core.text.@org.jspecify.annotations.Nullable QuantisedVectors wordVectors;
    double norm;
    /** The terms and fact words as the term index weighs them; set with {@link #norm}. */
    TermIndex.Weighed weighed;

    PassageProfile(int index, int articleIndex, int order, Passage passage, List<Token> tokens, String text,
                   @org.jspecify.annotations.Nullable LocalDate reportDate) {
        this.index = index;
        this.articleIndex = articleIndex;
        this.order = order;
        this.passage = passage;
        this.tokens = tokens;
        this.terms = contentTerms(tokens);
        this.values = app.parallax.core.values.ValueFinder.find(tokens, text, reportDate);
        this.words = PassageWords.of(tokens);
        this.content = java.util.stream.IntStream.range(0, tokens.size()).filter(words::isContent).toArray();
        this.contentTermAt = java.util.Arrays.stream(content).mapToObj(i -> tokens.get(i).term()).toArray(String[]::new);
        this.contentTermHash = java.util.Arrays.stream(contentTermAt).mapToInt(String::hashCode).toArray();
        this.contentTerms = new java.util.HashSet<>(java.util.Arrays.asList(contentTermAt));
        this.attribution = Attribution.of(tokens, text);
        this.factContent = java.util.Arrays.stream(content).filter(i -> !attribution[i]).toArray();
    }

    /**
     * Also matches on {@code term}, a name the passage writes another way ({@link Acronyms}).
     * Only while the story is being represented, before any index or comparison reads the terms.
     */
    void addAlias(String term) {
        terms.add(term);
        contentTerms.add(term);
    }

    private static Set<String> contentTerms(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (StopWords.contains(t.key()) || (t.key().length() < 2 && !t.isNumeric())) {
                continue;
            }
            java.util.Optional<ConflictKind> kind = Lexicon.kindOf(t.key());
            if (kind.isPresent() && VALUE_SLOTS.contains(kind.get())) {
                out.add(SLOT_PREFIX + kind.get().name() + ":" + t.term());
            } else {
                out.add(t.term());
            }
        }
        return out;
    }
}
