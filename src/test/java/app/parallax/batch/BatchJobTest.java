package app.parallax.batch;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch on Spark {@code local[2]} over story folders (the bundled story, the harbor test story,
 * a story with a broken file, a story of one article), and over JSON Lines (gzip) and Parquet with
 * bad rows and a story past the time limit: the tables read back hold what {@code compare --json}
 * says of each story, and everything that failed is in {@code errors}.
 */
class BatchJobTest {

    /** Seconds no story here takes however busy the machine; the limit itself is StoryRunnerTest's. */
    static final String NO_LIMIT = "3600";
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path folders;
    static Path out;
    static String batchErr;

    @BeforeAll
    static void runBatchOverStoryFolders() throws Exception {
        folders = tmp.resolve("stories");
        BatchStories.copyFolder(BatchStories.CORPUS, folders.resolve("xi"));
        BatchStories.copyFolder(BatchStories.HARBOR, folders.resolve("harbor"), "harbor-a.txt", "harbor-b.txt");
        BatchStories.copyFolder(BatchStories.HARBOR, folders.resolve("broken"), "harbor-a.txt", "harbor-b.txt");
        Files.write(folders.resolve("broken/scan.txt"), new byte[] {'%', 0, 1, 2, 0, 0, 3, 'x', 0, 0});
        BatchStories.copyFolder(BatchStories.HARBOR, folders.resolve("lonely"), "unrelated.txt");
        Files.writeString(folders.resolve("notes.txt"), "not a story");
        spark = SparkSession.builder().master("local[2]").appName("BatchJobTest").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"batch", folders.toString(), out.toString(), "--master", "local[2]", "--time-limit", NO_LIMIT},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        batchErr = err.toString();
        assertThat(status).as(batchErr).isZero();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyStoryHasTheLinksConflictsAndClaimsCompareJsonGivesIt() throws Exception {
        for (String story : List.of("xi", "harbor")) {
            JsonNode json = compareJson(folders.resolve(story));
            assertThat(rows("links", story, r -> key(r, "a", "b", "relation") + "|" + score(r.getAs("score"))))
                    .isEqualTo(json(json.get("links"), l -> l.get("a").asText() + "|" + l.get("b").asText() + "|"
                            + l.get("relation").asText() + "|" + score(l.get("score").asDouble())))
                    .isNotEmpty();
            assertThat(rows("conflicts", story, r -> key(r, "a", "b", "kind", "value_a", "value_b", "a_start", "a_end",
                    "b_start", "b_end"))).isEqualTo(jsonConflicts(json));
            assertThat(rows("claims", story, r -> key(r, "claim", "verdict") + "|" + r.getList(r.fieldIndex("passages"))
                    + "|" + values(r))).isEqualTo(json(json.get("claims"), c -> c.get("id").asText() + "|"
                    + c.get("verdict").asText() + "|" + list(c.get("passages")) + "|" + jsonValues(c)));
            assertThat(rows("passages", story, r -> key(r, "passage", "start", "end", "claim")))
                    .isEqualTo(json(json.get("passages"), p -> p.get("id").asText() + "|" + p.get("start").asInt() + "|"
                            + p.get("end").asInt() + "|" + (p.has("claim") ? p.get("claim").asText() : "null")));
        }
        assertThat(rows("conflicts", "xi", r -> key(r, "kind", "value_a", "value_b")))
                .anyMatch(s -> s.startsWith("meal|") && s.contains("lunch") && s.contains("dinner"));
    }

    @Test
    void aBrokenFileGoesToErrorsAndItsStoryIsStillCompared() {
        assertThat(rows("errors", "broken", r -> key(r, "stage", "reason") + "|" + r.<String>getAs("source")))
                .singleElement().asString().startsWith("ingest|").contains("binary").endsWith("scan.txt");
        assertThat(rows("articles", "broken", r -> r.getAs("outlet"))).hasSize(2);
        assertThat(rows("links", "broken", r -> key(r, "a", "b", "relation")))
                .isEqualTo(rows("links", "harbor", r -> key(r, "a", "b", "relation"))).isNotEmpty();
    }

    @Test
    void aStoryOfOneArticleAndAStrayFileAreNamedInErrors() {
        assertThat(rows("errors", "lonely", r -> key(r, "stage", "reason")))
                .containsExactly("compare|need at least two readable articles to compare, have 1");
        assertThat(table("errors").filter(col("story").isNull()).collectAsList())
                .extracting(r -> r.<String>getAs("source") + " " + r.<String>getAs("reason"))
                .singleElement().asString().endsWith("notes.txt not a story folder");
        assertThat(rows("articles", "lonely", r -> r.getAs("outlet"))).isEmpty();
    }

    @Test
    void outletPairsSumEveryStoryTheTwoOutletsShare() {
        List<Row> harbor = table("outlet_pairs").filter(col("outlet_a").contains("Harbor").or(col("stories").equalTo(2)))
                .collectAsList();
        assertThat(harbor).singleElement().satisfies(r -> {
            assertThat(r.<Long>getAs("stories")).isEqualTo(2L);
            long linked = table("links").filter(col("story").isin("harbor", "broken")).count();
            assertThat(r.<Long>getAs("links")).isEqualTo(linked);
            assertThat(r.<Double>getAs("shared_share")).isBetween(0.0, 1.0);
        });
        Row xiPair = table("outlet_pairs").filter(col("disputes").gt(0)).collectAsList().get(0);
        assertThat(xiPair.<scala.collection.Map<String, Long>>getAs("disputes_by_kind").contains("meal")).isTrue();
        assertThat(table("outlet_pairs").count()).isEqualTo(10 + 1); // five outlets of xi, one pair of harbor
    }

    @Test
    void anExistingOutputIsRefusedUnlessOverwriteAndAMistypedOneNeverDeleted() throws Exception {
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"batch", folders.toString(), out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("exists already; give --overwrite");
        Path someones = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(someones.resolve("chapter1.txt"), "years of work");
        err = new StringWriter();
        status = Cli.run(new String[] {"batch", folders.toString(), someones.toString(), "--overwrite"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("is not the output of an earlier batch");
        assertThat(someones.resolve("chapter1.txt")).hasContent("years of work");
    }

    @Test
    void progressIsLogged() {
        assertThat(batchErr).containsPattern("parallax batch: 4 stories done \\([0-9.]+/s\\), 1 failed")
                .contains("wrote " + out);
    }

    @Test
    void theReportIsOneSelfContainedPageWithHeatMapsKindsAndTheDisputedClaim() throws Exception {
        Path html = tmp.resolve("report.html");
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"batch-report", out.toString(), html.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<table class=heat>", "Shared passages", "Disputes by kind", "Most disputed claims",
                "The New York Times", "USA Today", "<mark>lunch</mark>", "<mark>dinner</mark>")
                .doesNotContain("<script", "src=", "<link");
    }

    @Test
    void jsonLinesAndParquetGiveTheSameTablesAndBadRowsGoToErrors() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(BatchStories.row("s1", "The New York Times", Files.readString(BatchStories.CORPUS.resolve("nytimes.txt"))).toString());
        lines.add(BatchStories.row("s1", "USA Today", Files.readString(BatchStories.CORPUS.resolve("usatoday.txt"))).toString());
        lines.add(BatchStories.row("", "Nowhere", "text without a story").toString());
        lines.add(BatchStories.row("s2", "Empty Times", "  ").toString());
        lines.add(BatchStories.row("s2", "Binary Post", "GIF89a\u0000\u0001\u0002\u0000\u0000 \u0000").toString());
        lines.add("{not json");
        Path jsonl = tmp.resolve("articles.jsonl.gz");
        BatchStories.writeJsonLinesGz(jsonl, lines);
        Path jsonOut = tmp.resolve("from-json");
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"batch", jsonl.toString(), jsonOut.toString(), "--fast", "--time-limit", NO_LIMIT},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        Dataset<Row> errors = spark.read().parquet(jsonOut.resolve("errors").toString());
        assertThat(errors.collectAsList()).extracting(r -> r.<String>getAs("stage") + "|" + r.<String>getAs("reason"))
                .containsExactlyInAnyOrder("input|no story key", "input|no text",
                        "input|binary (6 control or undecodable characters)", "input|not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name");
        assertThat(spark.read().parquet(jsonOut.resolve("articles").toString()).collectAsList())
                .extracting(r -> key(r, "story", "article", "outlet")).as(err.toString())
                .containsExactly("s1|the-new-york-times|The New York Times", "s1|usa-today|USA Today");
        Dataset<Row> conflicts = spark.read().parquet(jsonOut.resolve("conflicts").toString());
        assertThat(conflicts.collectAsList()).extracting(r -> key(r, "story", "outlet_a", "outlet_b", "kind", "value_a", "value_b"))
                .anyMatch(c -> c.startsWith("s1|") && c.contains("|meal|") && c.contains("lunch") && c.contains("dinner"));

        Path parquetIn = tmp.resolve("articles.parquet");
        spark.read().json(jsonl.toString()).filter(col("story").isin("s1")).write().parquet(parquetIn.toString());
        Path parquetOut = tmp.resolve("from-parquet");
        status = Cli.run(new String[] {"batch", parquetIn.toString(), parquetOut.toString(), "--fast", "--time-limit", NO_LIMIT},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        for (String table : List.of("links", "conflicts", "claims", "passages")) {
            assertThat(spark.read().parquet(parquetOut.resolve(table).toString()).drop("source").collectAsList())
                    .as(table).hasSameElementsAs(spark.read().parquet(jsonOut.resolve(table).toString())
                            .filter(col("story").equalTo("s1")).drop("source").collectAsList());
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    static Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    static Set<String> rows(String table, String story, java.util.function.Function<Row, String> key) {
        return table(table).filter(col("story").equalTo(story)).collectAsList().stream().map(key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String key(Row r, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            parts.add(String.valueOf((Object) r.getAs(f)));
        }
        return String.join("|", parts);
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.9f", s);
    }

    static String values(Row claim) {
        return claim.<Row>getList(claim.fieldIndex("values")).stream()
                .map(v -> v.getString(0) + "=" + v.getString(1) + v.getList(2)).toList().toString();
    }

    static String jsonValues(JsonNode claim) {
        List<String> out = new ArrayList<>();
        claim.get("values").forEach(v -> out.add(v.get("kind").asText() + "=" + v.get("value").asText() + list(v.get("articles"))));
        return out.toString();
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Set<String> json(JsonNode array, java.util.function.Function<JsonNode, String> key) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(key.apply(n)));
        return out;
    }

    static Set<String> jsonConflicts(JsonNode json) {
        Set<String> out = new TreeSet<>();
        json.get("links").forEach(l -> l.get("conflicts").forEach(c -> out.add(String.join("|", l.get("a").asText(),
                l.get("b").asText(), c.get("kind").asText(), c.get("a").asText(), c.get("b").asText(),
                c.get("aStart").asText(), c.get("aEnd").asText(), c.get("bStart").asText(), c.get("bEnd").asText()))));
        return out;
    }

    /** What {@code parallax compare FOLDER --json} writes, run as a user would. */
    static JsonNode compareJson(Path folder) throws Exception {
        Path file = tmp.resolve(folder.getFileName() + ".json");
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"compare", folder.toString(), "--json", file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return new ObjectMapper().readTree(file.toFile());
    }
}
