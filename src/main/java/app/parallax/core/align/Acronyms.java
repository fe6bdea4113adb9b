package app.parallax.core.align;

import app.parallax.core.text.TermKeys;
import app.parallax.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One outlet writes a name out ("Electronic Data Systems", "Hewlett-Packard"), another uses its
 * initials ("EDS", "HP"). Within one story, a capitalised name whose initials spell an acronym some
 * passage of the story uses gives every passage that writes the name out that acronym's term too,
 * so the two passages share it as a word. Only acronyms the story itself uses count: no list of
 * names, and "New York" never becomes "NY" unless an article writes "NY".
 */
final class Acronyms {

    /** Small words a written-out name may hold without an initial: "Bureau of Investigation". */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "&");
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 6;

    private Acronyms() {
    }

    /** Adds the story's acronyms to the passages that write them out. */
    static void addAliases(List<PassageProfile> profiles) {
        Set<String> acronyms = new HashSet<>();
        for (PassageProfile p : profiles) {
            for (Token t : p.tokens) {
                if (isAcronym(t.text()) || TermKeys.hyphenedInitials(t.text())) {
                    acronyms.add(t.key());
                }
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        for (PassageProfile p : profiles) {
            for (String alias : writtenOut(p.tokens, acronyms)) {
                p.addAlias(TermKeys.term(alias));
            }
        }
    }

    /** "EDS", "HP", "NASA": two to six capitals, nothing else. */
    static boolean isAcronym(String word) {
        if (word.length() < MIN_LETTERS || word.length() > MAX_LETTERS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Acronyms of {@code known} whose names the tokens write out. */
    static Set<String> writtenOut(List<Token> tokens, Set<String> known) {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < tokens.size(); from++) {
            if (!tokens.get(from).capitalized() || isAcronym(tokens.get(from).text())) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int to = from; to < tokens.size() && initials.length() <= MAX_LETTERS; to++) {
                Token t = tokens.get(to);
                if (to > from && JOINERS.contains(t.key())) {
                    continue;
                }
                if (!t.capitalized() || isAcronym(t.text())) {
                    break;
                }
                for (String part : t.text().split("-")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        initials.append(Character.toLowerCase(part.charAt(0)));
                    }
                }
                String key = initials.toString();
                if (key.length() >= MIN_LETTERS && known.contains(key)) {
                    out.add(key);
                }
            }
        }
        return out;
    }
}
