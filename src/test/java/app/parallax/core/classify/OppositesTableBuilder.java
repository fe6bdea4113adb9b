package app.parallax.core.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;

/**
 * Writes the core's table of opposite words ({@code opposites.tsv}) from WordNet 3.1 through
 * extJWNL. Loading WordNet costs about a second per run, more than a whole warm comparison, so the
 * engine reads this small extract instead; {@code OppositesTableTest} fails when the shipped table
 * no longer matches what this builder makes.
 *
 * <p>Only verbs: an adjective or noun antonym in otherwise identical sentences is more often
 * wording ("national" / "local" observers) or a shifted scope ("insufficiently equipped and
 * inexperienced") than a dispute. Two verbs are opposites when WordNet marks them antonyms in some sense, or one is a
 * one-word synonym, in that sense, of the other's antonym ("approve" / "disapprove, reject").
 * Every inflected form WordNet's own morphology maps back to a lemma is listed with it ("rose",
 * "rising" → "rise"), so the engine needs no lemmatiser.
 *
 * <pre>{@code java -cp <test classpath> app.parallax.core.classify.OppositesTableBuilder src/main/resources/app/parallax/core/classify/opposites.tsv}</pre>
 */
public final class OppositesTableBuilder {

    private static final List<POS> KINDS = List.of(POS.VERB);

    private OppositesTableBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), build(), StandardCharsets.UTF_8);
    }

    /** The table's text: "=" lines give a lemma's opposites, the others a form's lemmas. */
    public static String build() throws JWNLException {
        Dictionary d = Dictionary.getDefaultResourceInstance();
        try {
            Map<String, Set<String>> opposites = new TreeMap<>();
            Map<String, Set<String>> lemmasOf = new TreeMap<>();
            for (POS pos : KINDS) {
                Map<String, Set<String>> ofKind = new TreeMap<>();
                for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
                    Synset synset = it.next();
                    for (Word w : synset.getWords()) {
                        for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                            Word target = (Word) p.getTarget();
                            for (Word other : target.getSynset().getWords()) {
                                pair(ofKind, w.getLemma(), other.getLemma());
                            }
                        }
                    }
                }
                ofKind.forEach((k, v) -> opposites.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                inflections(d, pos, ofKind.keySet(), lemmasOf);
            }
            StringBuilder out = new StringBuilder("# Opposite words from WordNet 3.1 (Princeton University, WordNet licence),"
                    + " written by OppositesTableBuilder; do not edit by hand.\n");
            opposites.forEach((k, v) -> out.append('=').append(k).append('\t').append(String.join(" ", v)).append('\n'));
            lemmasOf.forEach((k, v) -> out.append(k).append('\t').append(String.join(" ", v)).append('\n'));
            return out.toString();
        } finally {
            d.close();
        }
    }

    private static void pair(Map<String, Set<String>> map, String x, String y) {
        if (single(x) && single(y) && !x.equals(y)) {
            map.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
            map.computeIfAbsent(y, k -> new TreeSet<>()).add(x);
        }
    }

    private static boolean single(String lemma) {
        return lemma.length() > 1 && lemma.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing", "r", "er", "st", "est");

    /** Forms WordNet's morphology maps back to each lemma: regular endings and its exception lists. */
    private static void inflections(Dictionary d, POS pos, Set<String> lemmas, Map<String, Set<String>> lemmasOf)
            throws JWNLException {
        MorphologicalProcessor morphy = d.getMorphologicalProcessor();
        for (String lemma : lemmas) {
            Set<String> candidates = new TreeSet<>();
            String stem = lemma.substring(0, lemma.length() - 1);
            char last = lemma.charAt(lemma.length() - 1);
            for (String e : ENDINGS) {
                candidates.add(lemma + e);
                candidates.add(lemma + last + e);
                candidates.add(stem + e);
                if (last == 'y') {
                    candidates.add(stem + "i" + e);
                }
            }
            for (String form : candidates) {
                if (morphy.lookupAllBaseForms(pos, form).contains(lemma)) {
                    lemmasOf.computeIfAbsent(form, k -> new TreeSet<>()).add(lemma);
                }
            }
        }
        for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
            Exc exc = it.next();
            if (!single(exc.getLemma())) {
                continue;
            }
            for (String base : exc.getExceptions()) {
                if (lemmas.contains(base)) {
                    lemmasOf.computeIfAbsent(exc.getLemma(), k -> new TreeSet<>()).add(base);
                }
            }
        }
    }
}
