package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.parallax.core.align.TokenVectors;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model run directly gives LangChain4j's sentence vectors and, from the same pass, token
 * vectors whose offsets point at the words of the text.
 */
class BgeEncoderTest {

    private static final String SENATE = "Brooke served in the Senate from 1967 to 1979.";
    private static final String ODD = "Zürich’s “café” — naïve 😀 talks, e.g. the U.S.-led plan; don't ask: 1,098 votes.";

    @Test
    void sentenceVectorsAreLangChain4jsIncludingATextLongerThanTheModelReads() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longText.append("Delegates from ").append(i + 3).append(" countries argued about the harbour tariffs until late. ");
        }
        List<String> texts = List.of(SENATE, ODD, "Held the Senate seat from 1966 to 1978.", longText.toString(), " ");

        List<float[]> got = SharedModel.MODEL.embed(texts);
        List<float[]> both = SharedModel.MODEL.embedBoth(texts).stream().map(BgeEncoder.Output::sentence).toList();
        List<float[]> want = new BgeSmallEnV15QuantizedEmbeddingModel().embedAll(
                texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList()).content()
                .stream().map(e -> e.vector()).toList();

        for (int i = 0; i < texts.size(); i++) {
            assertThat(got.get(i)).as(texts.get(i)).containsExactly(want.get(i), offset(1e-4f));
            assertThat(both.get(i)).as(texts.get(i)).containsExactly(want.get(i), offset(1e-4f));
        }
    }

    @Test
    void tokenOffsetsCoverEveryWordOfTheTextInOrder() {
        for (String text : List.of(SENATE, ODD)) {
            TokenVectors t = SharedModel.MODEL.embedTokens(List.of(text)).get(0);

            StringBuilder covered = new StringBuilder();
            int last = 0;
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.starts()[i]).as("pieces in order").isGreaterThanOrEqualTo(last);
                assertThat(text.substring(last, t.starts()[i])).as("only spaces between pieces").isBlank();
                covered.append(text, t.starts()[i], t.ends()[i]);
                last = t.ends()[i];
            }
            assertThat(text.substring(last)).isBlank();
            assertThat(covered.toString()).isEqualTo(text.replaceAll("\\s+", ""));
            List<Integer> starts = java.util.Arrays.stream(t.starts()).boxed().toList();
            List<Integer> ends = java.util.Arrays.stream(t.ends()).boxed().toList();
            Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
            while (word.find()) {
                assertThat(starts).as("a piece starts at \"%s\"", word.group()).contains(word.start());
                assertThat(ends).as("a piece ends at \"%s\"", word.group()).contains(word.end());
            }
        }
    }

    @Test
    void wholeWordsAreSinglePiecesAtTheirPlace() {
        TokenVectors t = SharedModel.MODEL.embedTokens(List.of(SENATE)).get(0);

        assertThat(pieceSpans(SENATE, t)).containsSubsequence("Brooke", "served", "in", "the", "Senate", "from",
                "1967", "to", "1979", ".");
        int served = pieceSpans(SENATE, t).indexOf("served");
        assertThat(t.starts()[served]).isEqualTo(SENATE.indexOf("served"));
    }

    @Test
    void tokenVectorsAreUnitLengthAndDependOnContext() {
        List<TokenVectors> t = SharedModel.MODEL.embedTokens(List.of("The bank raised its interest rate.",
                "They sat on the river bank at dusk."));

        for (TokenVectors v : t) {
            for (float[] vector : v.vectors()) {
                assertThat(norm(vector)).isCloseTo(1.0, offset(1e-4));
            }
        }
        float[] money = t.get(0).vectors()[1];
        float[] river = t.get(1).vectors()[5];
        assertThat(cosine(money, river)).as("'bank' in two senses").isLessThan(0.95);
    }

    @Test
    void aTextLongerThanTheModelReadsKeepsTheTokensItRead() {
        String sentence = "Delegates argued about the harbour tariffs until late. ";
        String text = sentence.repeat(60);

        TokenVectors t = SharedModel.MODEL.embedTokens(List.of(text)).get(0);

        assertThat(t.size()).isEqualTo(BgeEncoder.MAX_PIECES);
        assertThat(text.substring(t.starts()[0], t.ends()[0])).isEqualTo("Delegates");
        assertThat(t.ends()[t.size() - 1]).isLessThan(text.length());
    }

    @Test
    void aBlankTextHasASentenceVectorAndNoTokens() {
        BgeEncoder.Output out = SharedModel.MODEL.embedBoth(List.of("  ")).get(0);

        assertThat(out.tokens().size()).isZero();
        assertThat(norm(out.sentence())).isCloseTo(1.0, offset(1e-4));
    }

    static List<String> pieceSpans(String text, TokenVectors t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(text.substring(t.starts()[i], t.ends()[i]));
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
