package app.parallax.core.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the core's table of irregular verb forms ({@code irregular-verbs.tsv}: "held" → "hold",
 * "fought" → "fight") from WordNet 3.1's verb exception list through extJWNL, the list WordNet's
 * own morphology uses for the forms its rules cannot undo. The engine reads this extract rather
 * than loading WordNet (about a second a run); {@code IrregularVerbsTableTest} fails when the
 * shipped table no longer matches what this builder makes.
 *
 * <p>Only one-word forms and bases of letters a-z, and only forms the stemmer does not already
 * bring to their base's stem ("admitted" / "admit" need no entry). A form WordNet gives two bases
 * keeps the first in its order.
 *
 * <pre>{@code java -cp <test classpath> app.parallax.core.text.IrregularVerbsTableBuilder src/main/resources/app/parallax/core/text/irregular-verbs.tsv}</pre>
 */
public final class IrregularVerbsTableBuilder {

    private IrregularVerbsTableBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), build(), StandardCharsets.UTF_8);
    }

    /** The table's text: one "form TAB base" line each, sorted by form. */
    public static String build() throws JWNLException {
        Dictionary d = Dictionary.getDefaultResourceInstance();
        try {
            Map<String, String> baseOf = new TreeMap<>();
            for (Iterator<Exc> it = d.getExceptionIterator(POS.VERB); it.hasNext(); ) {
                Exc exc = it.next();
                String form = exc.getLemma();
                if (!single(form) || exc.getExceptions().isEmpty()) {
                    continue;
                }
                String base = exc.getExceptions().get(0);
                if (single(base) && !form.equals(base) && !TermKeys.term(form).equals(TermKeys.term(base))) {
                    baseOf.putIfAbsent(form, base);
                }
            }
            StringBuilder out = new StringBuilder("# Irregular verb forms from WordNet 3.1's verb exception list (Princeton"
                    + " University, WordNet licence), written by IrregularVerbsTableBuilder; do not edit by hand.\n");
            baseOf.forEach((form, base) -> out.append(form).append('\t').append(base).append('\n'));
            return out.toString();
        } finally {
            d.close();
        }
    }

    private static boolean single(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
