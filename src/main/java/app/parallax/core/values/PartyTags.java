package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.TsvResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lawmaker's party and state as American news tags them after the name: "Rep. John Carter
 * (R-Texas)", "Sen. Maria Ortega, D-N.M.,". One person given two states or two parties by two
 * passages is a conflict ("(R-Texas)" / "(R-Tenn.)"), while one state written two ways is not
 * ("R-Texas" / "R-TX", "D-N.M." / "D-New Mexico": {@code us-states.tsv}).
 */
final class PartyTags {

    /**
     * One tag and whose it is.
     *
     * @param given  the given name written right before the family name, or "" (a title there)
     * @param family the family name right before the tag, lower case
     * @param range  the tag's party and state, offsets into the article text
     */
    record Tag(String given, String family, String party, String state, TextRange range) {
    }

    /** "[Given] Family (P-State)" or "Family, P-State,": the state one or two capitalised words, dots allowed. */
    private static final Pattern TAG = Pattern.compile(
            "(?:(\\p{Lu}\\p{Ll}+)\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+)\\s*(?:\\(|,\\s*)([RDI])-\\s?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?=[),])");
    private static final Map<String, String> STATES = states();

    private PartyTags() {
    }

    /** Every tag of a passage whose state is a state. */
    static List<Tag> of(SlotComparer.Side s) {
        List<Tag> out = new ArrayList<>();
        if (s.tokens().isEmpty()) {
            return out;
        }
        int from = s.tokens().get(0).range().start();
        int to = Math.min(s.text().length(), s.tokens().get(s.tokens().size() - 1).range().end() + 2);
        Matcher m = TAG.matcher(s.text()).region(from, to);
        while (m.find()) {
            String state = STATES.get(m.group(4).replace(".", "").toLowerCase(Locale.ROOT));
            if (state != null) {
                out.add(new Tag(m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT),
                        m.group(2).toLowerCase(Locale.ROOT), m.group(3), state, new TextRange(m.start(3), m.end(4))));
            }
        }
        return out;
    }

    /** One person (same family name, and the same given name where both give one) tagged two ways. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        List<Tag> ta = of(a);
        return ta.isEmpty() ? List.of() : clashes(ta, a, of(b), b);
    }

    /** {@link #compare} on tags already read from each passage. */
    static List<Difference> clashes(List<Tag> ta, SlotComparer.Side a, List<Tag> tb, SlotComparer.Side b) {
        List<Difference> out = new ArrayList<>();
        for (Tag x : ta) {
            for (Tag y : tb) {
                boolean onePerson = x.family().equals(y.family())
                        && (x.given().isEmpty() || y.given().isEmpty() || x.given().equals(y.given()));
                if (onePerson && (!x.party().equals(y.party()) || !x.state().equals(y.state()))) {
                    ConflictKind kind = x.state().equals(y.state()) ? ConflictKind.ORGANISATION : ConflictKind.PLACE;
                    out.add(new Difference(DifferenceKind.CONFLICT, kind, x.range().of(a.text()), y.range().of(b.text()),
                            x.range(), y.range(), Grade.CONFLICT));
                }
            }
        }
        return out;
    }

    private static Map<String, String> states() {
        Map<String, String> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.rows(PartyTags.class, "us-states.tsv")) {
            out.put(row.key(), row.value());
        }
        return Map.copyOf(out);
    }
}
