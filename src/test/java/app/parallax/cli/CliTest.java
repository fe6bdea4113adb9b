package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void compareWithoutPathsReportsTheCorpusDispute() {
        int status = run("compare");

        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("Outlets (5)", "The New York Times", "Disputed claims")
                .contains("meal: lunch — The New York Times, CNN · dinner — USA Today, AP")
                .containsPattern("Claims: \\d+ — agreed \\d+, disputed \\d+, single-source \\d+");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedFieldsWithOffsetsIntoTheText() throws Exception {
        Path json = dir.resolve("out.json");

        assertThat(run("compare", "corpus", "--json", json.toString())).isZero();

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode article = root.get("articles").get(0);
        assertThat(article.fieldNames()).toIterable().contains("id", "source", "outlet", "title", "text");
        for (JsonNode p : root.get("passages")) {
            String text = textOf(root, p.get("article").asText());
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
        }
        for (JsonNode l : root.get("links")) {
            assertThat(l.get("relation").asText()).isEqualTo(l.get("conflicts").isEmpty() ? "agree" : "differ");
        }
        assertThat(root.get("claims").findValuesAsText("verdict")).contains("agreed", "disputed", "single");
        assertThat(root.get("links").findValues("conflicts").stream().flatMap(c -> c.findValuesAsText("kind").stream()))
                .contains("meal");
    }

    @Test
    void badFilesAreNamedOnStderrWithStatusTwoAndTheRestIsCompared() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path missing = dir.resolve("nope.txt");

        int status = run("compare", "corpus/xi-moscow-2023/nytimes.txt", "corpus/xi-moscow-2023/usatoday.txt",
                empty.toString(), missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "parallax: " + empty.toAbsolutePath() + ": file is empty",
                "parallax: " + missing.toAbsolutePath() + ": file not found");
        assertThat(out.toString()).contains("Outlets (2)", "meal: lunch — The New York Times · dinner — USA Today");
    }

    @Test
    void fewerThanTwoReadableArticlesIsAnError() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        int status = run("compare", "corpus/xi-moscow-2023/nytimes.txt", binary.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains(binary.toAbsolutePath() + ": unsupported file type (an image",
                "need at least two readable articles");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void pdfOptionWritesAnAnnotatedPdfInEitherLayout() throws Exception {
        Path pdf = dir.resolve("story.pdf");
        Path wide = dir.resolve("wide.pdf");

        assertThat(run("compare", "--pdf", pdf.toString())).isZero();
        assertThat(run("compare", "--pdf", wide.toString(), "--layout", "side-by-side")).isZero();

        for (Path p : new Path[] {pdf, wide}) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(p.toFile())) {
                assertThat(doc.getNumberOfPages()).isGreaterThan(2);
                assertThat(doc.getPage(1).getAnnotations()).isNotEmpty();
            }
        }
    }

    @Test
    void pdfIntoAMissingFolderIsNamedAndLeavesNoFile() {
        Path target = dir.resolve("no-such-folder/story.pdf");

        assertThat(run("compare", "--pdf", target.toString())).isEqualTo(2);

        assertThat(err.toString()).contains(target.getParent().toString());
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("compare", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void pairsJudgesAgreeDifferAndNone() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"),
                "The leaders will meet for lunch on Monday.\tThe leaders will meet for dinner on Monday.\n"
                + "The council approved the budget on Friday.\tOn Friday the council approved the budget.\n"
                + "The council approved the budget on Friday.\tOrchids bloom at night in cloud forests.\n");

        assertThat(run("pairs", pairs.toString())).isZero();

        assertThat(out.toString().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("differ\t").endsWith("meal:lunch/dinner"),
                l -> assertThat(l).startsWith("agree\t"),
                l -> assertThat(l).isEqualTo("none\t0.000\t"));
    }

    @Test
    void pairsScoresUnlinkedPairsSoTheyCanBeRanked() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"),
                "The storm closed the airport on Monday.\tA storm damaged the harbour walls and two ferries.\n"
                + "The storm closed the airport on Monday.\tOrchids bloom at night in cloud forests.\n");

        assertThat(run("pairs", "--fast", pairs.toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("none\t"));
        double related = Double.parseDouble(lines.get(0).split("\t")[1]);
        double unrelated = Double.parseDouble(lines.get(1).split("\t")[1]);
        assertThat(related).isGreaterThan(unrelated);
    }

    @Test
    void pairsOnAMissingFileIsStatusTwo() {
        assertThat(run("pairs", dir.resolve("none.tsv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.tsv: file not found");
    }

    private static String textOf(JsonNode root, String articleId) {
        for (JsonNode a : root.get("articles")) {
            if (a.get("id").asText().equals(articleId)) {
                return a.get("text").asText();
            }
        }
        throw new AssertionError("no article " + articleId);
    }
}
