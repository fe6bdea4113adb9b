package app.parallax.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.article.Article;
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
}
