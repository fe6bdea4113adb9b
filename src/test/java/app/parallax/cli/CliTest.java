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
                .containsPattern("Claims: \\d+ — agreed \\d+, disputed \\d+, values differ \\d+, single-source \\d+");
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

    @Test
    void anOutputThatNamesAnInputIsRefusedNamingBothAndTheInputIsKept() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Officials said the bridge would reopen on Monday after repairs.");
        Path b = Files.writeString(dir.resolve("b.txt"), "The bridge will reopen on Tuesday, officials said after repairs.");
        String before = Files.readString(b);

        int status = run("compare", a.toString(), "--json", b.toString(), b.toString());

        assertThat(status).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains(b.toString()).contains("input");
        assertThat(Files.readString(b)).isEqualTo(before);
    }

    @Test
    void anOutputInsideAnInputFolderThatWouldBeReadIsRefused() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.writeString(story.resolve("a.txt"), "Officials said the bridge would reopen on Monday after repairs.");
        Path b = Files.writeString(story.resolve("b.txt"), "The bridge will reopen on Tuesday, officials said.");

        assertThat(run("compare", story.toString(), "--pdf", b.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("refusing to write over the input file");
        assertThat(Files.readString(b)).startsWith("The bridge");
    }

    @Test
    void jsonToADeviceIsRefusedAndTheDeviceStaysADevice() {
        assertThat(run("compare", "corpus", "--json", "/dev/null")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("/dev/null").contains("not a regular file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void controlCharactersFromASidecarNeverReachTheTerminal() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.writeString(story.resolve("a.txt"), "Officials said the bridge would reopen on Monday after repairs.");
        Files.writeString(story.resolve("b.txt"), "The bridge will reopen on Tuesday, officials said after repairs.");
        Files.writeString(story.resolve("story.json"),
                "{\"title\": \"Bridge \\u001b]0;pwned\\u0007 \\u001b[31mred\", \"articles\": {\"a.txt\": {\"outlet\": \"Daily\\u009b2J Planet\"}}}");

        assertThat(run("compare", story.toString())).isZero();

        assertThat(out.toString()).contains("Bridge").contains("Daily").doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
    }

    @Test
    void pairsKeepsOneAnswerPerLineDespiteALoneCarriageReturn() throws Exception {
        Path pairs = dir.resolve("pairs.tsv");
        Files.write(pairs, ("The talks were held on Monday.\tThe talks were held on Monday.\r\n"
                + "Aa bb\rcc.\tDd ee ff.\n"
                + "The leaders met for lunch.\tThe leaders met for dinner.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        run("pairs", pairs.toString());

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("agree");
        assertThat(lines[2]).startsWith("differ").contains("lunch");
    }

    @Test
    void pairsNamesTheNonUtf8LineAndJudgesTheOthers() throws Exception {
        Path pairs = dir.resolve("pairs.tsv");
        byte[] latin1 = "Caf\u00e9 opened on Monday.\tThe caf\u00e9 opened on Monday.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] good = "The leaders met for lunch.\tThe leaders met for dinner.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(pairs, concat(good, latin1, good));

        int status = run("pairs", pairs.toString());

        assertThat(status).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains(pairs + ":2:").contains("UTF-8");
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("differ");
        assertThat(lines[2]).startsWith("differ");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    @Test
    void aHugeSidecarTitleAndOutletArePrintedCut() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.writeString(story.resolve("a.txt"), "Officials said the bridge would reopen on Monday after repairs.");
        Files.writeString(story.resolve("b.txt"), "The bridge will reopen on Tuesday, officials said after repairs.");
        String huge = "Harbor Bridge closed ".repeat(50_000);
        Files.writeString(story.resolve("story.json"), new ObjectMapper().writeValueAsString(java.util.Map.of("title", huge,
                "articles", java.util.Map.of("a.txt", java.util.Map.of("outlet", huge)))));

        assertThat(run("compare", story.toString())).isZero();

        assertThat(out.toString()).startsWith("Parallax — Harbor Bridge closed").contains("…");
        assertThat(out.toString().lines()).allMatch(l -> l.length() < 400);
    }
}
