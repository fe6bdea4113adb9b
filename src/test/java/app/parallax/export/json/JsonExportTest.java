package app.parallax.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.article.Article;
import app.parallax.report.TwoGradesStory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExportTest {

    @Test
    void controlCharactersInTextAreEscapedNeverRawAndReadBackUnchanged() throws Exception {
        String text = "Officials said the bridge would reopen\u0000 on Monday\u001b[2J\u0007 after repairs.";
        List<Article> articles = List.of(new Article("a", "", "A", "", "", text),
                new Article("b", "", "B", "", "", "The bridge will reopen on Tuesday, officials said after repairs."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonExport.write(Comparison.compare(articles), out);

        byte[] bytes = out.toByteArray();
        for (byte x : bytes) {
            assertThat(x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t').as("raw control byte").isFalse();
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\\u0000", "\\u001B", "\\u0007");
        assertThat(new ObjectMapper().readTree(bytes).get("articles").get(0).get("text").asText()).isEqualTo(text);
    }

    @Test
    void eachFlagNamesItsGradeAndLinksCarryTheirSharedSpansAndCoverage() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonExport.toTree(TwoGradesStory.result()).toString());
        JsonNode weekday = root.get("links").get(0);
        assertThat(weekday.get("relation").asText()).isEqualTo("differ");
        assertThat(weekday.get("grade").asText()).isEqualTo("conflict");
        assertThat(weekday.get("conflicts").get(0).get("grade").asText()).isEqualTo("conflict");
        JsonNode hurt = root.get("links").get(3);
        assertThat(hurt.get("relation").asText()).as("the scorers read differ for either grade").isEqualTo("differ");
        assertThat(hurt.get("grade").asText()).isEqualTo("values differ");
        JsonNode flag = hurt.get("conflicts").get(0);
        assertThat(List.of(flag.get("kind").asText(), flag.get("grade").asText(), flag.get("a").asText(), flag.get("b").asText()))
                .containsExactly("number", "values differ", "About 40", "42");
        JsonNode shared = hurt.get("shared");
        assertThat(TwoGradesStory.A.substring(shared.get("aStart").asInt(), shared.get("aEnd").asInt())).isEqualTo("people were hurt.");
        assertThat(TwoGradesStory.B.substring(shared.get("bStart").asInt(), shared.get("bEnd").asInt())).isEqualTo("people were hurt.");
        assertThat(hurt.get("coverage").asDouble()).isEqualTo(0.8);
        JsonNode agree = root.get("links").get(1);
        assertThat(agree.get("relation").asText()).isEqualTo("agree");
        assertThat(agree.get("grade").isNull()).isTrue();
        assertThat(root.get("claims").findValuesAsText("verdict")).containsExactly("disputed", "values differ", "agreed", "single");
    }

    @Test
    void aNameSpelledTwoWaysInDifferentStatementsIsExportedAsTheSameAttribute() throws Exception {
        List<Article> articles = List.of(
                new Article("a", "", "A", "", "", "Firefighters were called to the blaze late on Friday. "
                        + "The gas stove in the Independence Street flat had been left on, officials said."),
                new Article("b", "", "B", "", "", "Firefighters were called to the blaze late on Friday. "
                        + "Neighbours on Independent Street said the couple had lived there for years."));
        JsonNode root = new ObjectMapper().readTree(JsonExport.toTree(Comparison.compare(articles)).toString());
        List<JsonNode> attribute = new java.util.ArrayList<>();
        root.get("links").forEach(l -> {
            if (l.get("basis").asText().equals("same attribute")) {
                attribute.add(l);
            }
        });
        assertThat(attribute).singleElement().satisfies(l -> {
            assertThat(l.get("relation").asText()).isEqualTo("differ");
            assertThat(l.get("grade").asText()).isEqualTo("values differ");
            assertThat(l.get("conflicts").get(0).get("a").asText()).isEqualTo("Independence Street");
            assertThat(l.get("conflicts").get(0).get("b").asText()).isEqualTo("Independent Street");
        });
        assertThat(root.get("links").findValuesAsText("basis")).contains("same fact");
    }
}
