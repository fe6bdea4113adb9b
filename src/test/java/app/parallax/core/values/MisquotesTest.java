package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One quotation printed with other words inside it is worth a look; a partial quote, a marked cut,
 * an editor's bracket, a spelling or a figure is not a misquote.
 */
class MisquotesTest {

    @ParameterizedTest(name = "{2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "“Our thoughts are with the family who lost their home last night,” the mayor said. | “Our thoughts go out to the family and their home last night,” she said. | are with the family who lost | go out to the family and",
            "“I didn't think on the pitch we were playing the game we wanted to play,” the coach said. | The coach said: “I think on the pitch we weren't playing the game that we want to play.” | were | weren't",
            "“That driver is reckless and needs to be stopped as soon as possible,” the sheriff said. | “That driver needs to be stopped as soon as possible,” the sheriff told reporters. | is reckless and | driver needs",
            // a negation alone changes what was said
            "“The new plan is working well for the people of the valley,” she said. | “The new plan is not working well for the people of the valley,” she said. | is working | not",
            "“Last night we did stop the car at the gate,” the guard said. | “Last night we didn't stop the car at the gate,” the guard said. | did | didn't",
            // the same changes, spelled with other words, are found
            "“Customers can now send letters to anyone from the new data center in the city,” the firm said. | “Customers can now send parcels to anyone from the new datacenter in the city,” the firm said. | letters | parcels",
    })
    void aQuotationWithOtherWordsInsideIsWorthALook(String left, String right, String a, String b) {
        List<Difference> out = compare(left, right);
        assertThat(out).anySatisfy(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.QUOTE);
            assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // the same words
            "“We will rebuild the bridge before the winter comes,” the minister said. | “We will rebuild the bridge before the winter comes,” said the minister.",
            // one outlet quotes less of it, at either end
            "“We will rebuild the bridge before the winter comes, whatever it costs,” the minister said. | “We will rebuild the bridge before the winter comes,” the minister said.",
            "“Whatever it costs, we will rebuild the bridge before the winter comes,” the minister said. | The minister said “we will rebuild the bridge before the winter comes.”",
            // a cut marked with an ellipsis
            "“We will rebuild the old bridge over the river before the winter comes,” the minister said. | “We will rebuild the old bridge … before the winter comes,” the minister said.",
            // the end of a longer quotation, which happens to begin with the same two words
            "“We will look at the new rules when they are published, but I think we will see them in court.” | “We will see them in court,” the lawyer said.",
            // a site's name with and without its suffix
            "“Members can share pictures on Facebook, Flickr and MySpace.com, the company said in its notes,” she read. | “Members can share pictures on Facebook, Flickr and MySpace, the company said in its notes,” she read.",
            // an editor's words in brackets
            "“We thank the crews for their work on the bridge this week,” the minister said. | “We thank the crews [of the county] for their work on the bridge this week,” the minister said.",
            // spellings, compounds and initials
            "“The crews realised the whole neighbourhood was safe again by the evening,” the chief said. | “The crews realized the whole neighborhood was safe again by the evening,” the chief said.",
            "“Customers can now send e-mail to anyone from the new data center in the city,” the firm said. | “Customers can now send email to anyone from the new datacenter in the city,” the firm said.",
            "“We ask that all Internet Explorer users install this update today,” the company said. | “We ask that all IE users install this update today,” the company said.",
            // a function word alone
            "“The future of the town within the region is at stake this year,” the mayor said. | “The future of the town in the region is at stake this year,” the mayor said.",
            // figures and times are the value comparison's
            "“We counted 40 boats in the harbour on the first morning,” the officer said. | “We counted 45 boats in the harbour on the first morning,” the officer said.",
            "“She passed away at 6:41pm PST this evening in a hospital near her home,” her agent said. | “She passed away at 18:41 this evening in a hospital near her home,” her agent said.",
            // the same words here and there: two statements, not one quotation worded two ways
            "“The river rose fast and the town flooded before the army came,” he said. | “The river fell slowly and the town dried out before the army left,” he said.",
            // words outside quotation marks are the reporter's
            "The minister said the bridge will be rebuilt before the winter comes. | The minister said the bridge would be repaired before the winter comes.",
    })
    void notAMisquote(String left, String right) {
        assertThat(compare(left, right)).noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.QUOTE));
    }

    @Test
    void twoDifferentQuotationsAreNotOneWordedTwoWays() {
        // only "the bridge" in common: not one quotation
        assertThat(compare("“We will rebuild the bridge before the winter,” the minister said.",
                "“Nobody expected the bridge to fall so soon,” a resident said."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.QUOTE));
    }

    private static List<Difference> compare(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        return SlotComparer.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b), WordAlignment.of(ta, tb));
    }
}
