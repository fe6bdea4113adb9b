package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One vote counted two ways, and the tallies that are no votes or count other votes. */
class VoteTalliesTest {

    @Test
    void aVoteCountedTwoWaysIsWorthALookOrAConflict() {
        assertThat(compare("The Senate voted 68-32 on Thursday to pass the farm bill.",
                "The Senate approved the farm bill on Thursday, 68-31, after months of talks."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("68-32/68-31");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The Senate passed the farm bill by a vote of 68 to 32.",
                "Senators voted 68-31 to send the farm bill to the House."))
                .singleElement().satisfies(d -> assertThat(d.grade()).isEqualTo(Grade.CONFLICT));
    }

    @Test
    void talliesThatAreNoVotesOrCountOtherVotesAreLeftAlone() {
        // two scores: no word of voting
        assertThat(compare("The Otters won on Sunday, 27-24, after a late drive.",
                "The Otters beat the Herons 27-23 in the last minute on Sunday.")).isEmpty();
        // two votes of different bodies' sizes
        assertThat(compare("The council voted 5-2 on Monday to approve the plan.",
                "The state senate later voted 40-31 to approve the plan.")).isEmpty();
        // one tally written two ways
        assertThat(compare("The Senate passed the farm bill by a vote of 68 to 32.",
                "Senators voted 68-32 to send the farm bill to the House.")).isEmpty();
    }

    private static List<Difference> compare(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        return VoteTallies.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b));
    }
}
