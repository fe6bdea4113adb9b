package app.parallax.core.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English function words and reporting verbs that say nothing about which event a sentence
 * reports. Lucene's English stop set plus pronouns, auxiliaries and "said"-type verbs.
 */
public final class StopWords {

    private static final Set<String> EXTRA = Set.of(
            "i", "me", "my", "we", "our", "us", "you", "your", "he", "him", "his", "she", "her", "its", "they",
            "them", "their", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "than",
            "have", "has", "had", "having", "do", "does", "did", "am", "been", "being", "would", "could",
            "should", "can", "may", "might", "must", "shall", "also", "about", "after", "before", "over",
            "under", "up", "down", "out", "off", "again", "further", "once", "here", "more", "most", "other",
            "some", "any", "each", "all", "both", "few", "own", "same", "so", "too", "very", "just", "now",
            "said", "says", "say", "saying", "told", "tell", "added", "according", "from", "while", "during",
            "since", "until", "because", "whether", "though", "although", "however", "even", "only", "mr",
            "mrs", "ms", "dr", "s", "t", "don", "it's", "that's", "there's", "um", "like", "well", "yet");

    /**
     * Both sets as one set of strings: the word aligner asks for every word of every candidate
     * pair, and Lucene's set hashes the characters again on each call where a string keeps its hash.
     */
    private static final Set<String> ALL = all();

    private StopWords() {
    }

    /** True for a lower-case key that carries no topic. */
    public static boolean contains(String key) {
        return ALL.contains(key);
    }

    private static Set<String> all() {
        Set<String> out = new HashSet<>(EXTRA);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            out.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        return Set.copyOf(out);
    }
}
