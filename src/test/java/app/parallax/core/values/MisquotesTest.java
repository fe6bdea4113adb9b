package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One quotation printed with and without a negation is worth a look; a quotation reworded otherwise,
 * a partial quote, a marked cut or an editor's bracket is not.
 */
class MisquotesTest {

    @ParameterizedTest(name = "{2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "“The new plan is working well for the people of the valley,” she said. | “The new plan is not working well for the people of the valley,” she said. | is working | not",
            "“The new plan is working well for the people of the valley,” she said. | “The new plan is not working fine for the people of the valley,” she said. | is working | not",
            "“Last night we did stop the car at the gate,” the guard said. | “Last night we didn't stop the car at the gate,” the guard said. | did | didn't",
            "“The river has never been this high in the old town,” the mayor said. | The mayor said: “The river has been this high in the old town.” | never | has been",
    })
    void aQuotationWithAndWithoutANegationIsWorthALook(String left, String right, String a, String b) {
        assertThat(compare(left, right)).anySatisfy(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.QUOTE);
            assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // the same words
            "“The mayor will not close the old bridge over the river this winter,” she said. | “The mayor will not close the old bridge over the river this winter,” said an aide.",
            // reworded without a change of polarity: a paraphrase inside quotation marks
            "“Our thoughts are with the family who lost their home last night,” the mayor said. | “Our thoughts go out to the family and their home last night,” she said.",
            "“I didn't think on the pitch we were playing the game we wanted to play,” the coach said. | “I think on the pitch we weren't playing the game that we want to play,” the coach said.",
            // one outlet quotes less of it
            "“The mayor will rebuild the old bridge before the winter comes, not after it,” he said. | “The mayor will rebuild the old bridge before the winter comes,” he said.",
            "“Not once did the mayor rebuild the old stone bridge, and the town still waits for it,” he said. | He said the mayor would “rebuild the old wooden bridge, and the town still waits for it.”",
            // a cut marked with an ellipsis
            "“The mayor will not close the old bridge over the river this winter,” she said. | “The mayor will … close the old bridge over the river this winter,” she said.",
            // an editor's words in brackets
            "“The mayor (who is not from here) will close the old bridge over the river this winter,” he said. | “The mayor will close the old bridge over the river this winter,” he said.",
            // the end of a longer quotation, which happens to begin with the same two words
            "“We will look at the new rules, but I do not think we will see them in court,” she said. | “We will see them in court,” the lawyer said.",
            // the same words here and there: two statements, not one quotation worded two ways
            "“Heavy rain fell, the river rose and the town flooded today,” he said. | “No rain fell, so the river did not rise and the town stayed dry today,” he said.",
            // outside quotation marks the words are the reporter's
            "The mayor said the old bridge over the river will close this winter. | The mayor said the old bridge over the river will not close this winter.",
    })
    void notAMisquote(String left, String right) {
        assertThat(compare(left, right)).noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.QUOTE));
    }

    private static List<Difference> compare(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        return SlotComparer.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b), WordAlignment.of(ta, tb));
    }
}
