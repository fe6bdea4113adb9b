package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lawmaker's party and state as tagged after the name, compared between two passages. */
class PartyTagsTest {

    @Test
    void oneLawmakerGivenTwoStatesOrTwoPartiesIsAConflict() {
        assertThat(compare("Rep. John Carter (R-Texas) called the deal a betrayal of voters.",
                "Rep. John Carter (R-Tenn.) said the deal betrayed voters."))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.PLACE);
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("R-Texas/R-Tenn.");
                    assertThat(d.grade()).isEqualTo(Grade.CONFLICT);
                });
        assertThat(compare("Sen. Maria Ortega (D-N.M.) led the talks.", "Sen. Maria Ortega, R-N.M., led the talks."))
                .singleElement().satisfies(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.ORGANISATION));
    }

    @Test
    void oneStateWrittenTwoWaysOrTwoPeopleOfOneFamilyAreNoConflict() {
        assertThat(compare("Rep. John Carter (R-Texas) called the deal a betrayal of voters.",
                "Rep. John Carter, R-Tex., said the deal betrayed voters.")).isEmpty();
        assertThat(compare("Sen. Maria Ortega (D-N.M.) led the talks.", "Sen. Ortega (D-New Mexico) led the talks.")).isEmpty();
        assertThat(compare("Rep. John Carter (R-Texas) called the deal a betrayal of voters.",
                "Rep. Jim Carter (R-Tenn.) said the deal betrayed voters.")).isEmpty();
    }

    private static List<Difference> compare(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        return PartyTags.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b));
    }
}
