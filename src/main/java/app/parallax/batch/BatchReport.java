package app.parallax.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.nodes.Entities;

/**
 * The page researchers look at before they read the tables: the outlet × outlet matrices of
 * shared passages and of disputes as heat maps, disputes by kind, and the most disputed claims
 * with both passages and the disputed words marked. One HTML file, styles inline, no script, no
 * outside resource. At most {@value #MAX_OUTLETS} outlets (those in most stories) and
 * {@value #MAX_CLAIMS} claims are shown, so an archive of any size gives a page a browser opens.
 */
final class BatchReport {

    static final int MAX_OUTLETS = 30;
    static final int MAX_CLAIMS = 25;

    private BatchReport() {
    }

    /** Reads OUTPUT's tables (in the current Spark session, else a local one) and writes the page. */
    static void write(Path output, Path html) throws IOException {
        boolean own = SparkSession.getActiveSession().isEmpty();
        SparkSession spark = own ? SparkSession.builder().appName("parallax batch-report").master("local[*]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate()
                : SparkSession.active();
        try {
            String page = page(spark, output);
            Path tmp = html.toAbsolutePath().resolveSibling(html.getFileName() + ".tmp");
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    static String page(SparkSession spark, Path output) {
        Dataset<Row> pairs = spark.read().parquet(output.resolve("outlet_pairs").toString());
        Dataset<Row> articles = spark.read().parquet(output.resolve("articles").toString());
        Dataset<Row> conflicts = spark.read().parquet(output.resolve("conflicts").toString());
        Dataset<Row> passages = spark.read().parquet(output.resolve("passages").toString());
        StringBuilder h = new StringBuilder(HEAD);
        long stories = articles.select("story").distinct().count();
        long errors = spark.read().parquet(output.resolve("errors").toString()).count();
        h.append("<h1>Parallax batch: ").append(stories).append(" stories compared</h1>\n<p class=note>")
                .append(esc(output.toAbsolutePath().toString())).append(" · ").append(articles.count())
                .append(" articles · ").append(passages.count()).append(" passages · ")
                .append(spark.read().parquet(output.resolve("links").toString()).count()).append(" links · ")
                .append(conflicts.count()).append(" disputed values · ").append(errors)
                .append(" rows in <code>errors</code></p>\n");
        List<String> outlets = articles.groupBy("outlet").agg(countDistinct("story").as("n"))
                .orderBy(col("n").desc(), col("outlet")).limit(MAX_OUTLETS).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        Map<String, Row> cells = new HashMap<>();
        pairs.collectAsList().forEach(r -> cells.put(r.getString(0) + "\u0000" + r.getString(1), r));
        h.append(Heatmap.table("Shared passages", "share of the two outlets' passages that the other also reports,"
                + " over the stories both report (number of stories below)", outlets, cells, Heatmap.Metric.SHARED));
        h.append(Heatmap.table("Disputes", "disputed values between the two outlets, per 100 linked passages"
                + " (count below)", outlets, cells, Heatmap.Metric.DISPUTES));
        kinds(h, conflicts);
        claims(h, conflicts, passages);
        return h.append("</body></html>\n").toString();
    }

    private static void kinds(StringBuilder h, Dataset<Row> conflicts) {
        List<Row> kinds = conflicts.groupBy("kind").agg(count("*").as("n")).orderBy(col("n").desc(), col("kind"))
                .collectAsList();
        long max = kinds.stream().mapToLong(r -> r.getLong(1)).max().orElse(1);
        h.append("<h2>Disputes by kind</h2>\n<table class=bars>\n");
        for (Row r : kinds) {
            h.append("<tr><th>").append(esc(r.getString(0))).append("</th><td><div class=bar style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * r.getLong(1) / max)).append("%\"></div></td><td>")
                    .append(r.getLong(1)).append("</td></tr>\n");
        }
        h.append(kinds.isEmpty() ? "<tr><td>No disputes.</td></tr>\n" : "").append("</table>\n");
    }

    private static void claims(StringBuilder h, Dataset<Row> conflicts, Dataset<Row> passages) {
        Dataset<Row> claimOf = passages.select(col("story"), col("passage").as("a"), col("claim"));
        List<Row> top = conflicts.join(claimOf, new String[] {"story", "a"})
                .groupBy("story", "claim").agg(count("*").as("n"), countDistinct("outlet_a", "outlet_b").as("pairs"),
                        first("a").as("a"), first("b").as("b"))
                .orderBy(col("n").desc(), col("story"), col("claim")).limit(MAX_CLAIMS).collectAsList();
        h.append("<h2>Most disputed claims</h2>\n");
        if (top.isEmpty()) {
            h.append("<p>No disputed claims.</p>\n");
            return;
        }
        Map<String, Row> texts = passageTexts(passages, top);
        Map<String, List<Row>> values = disputedValues(conflicts, top);
        for (Row t : top) {
            String story = t.getString(0);
            h.append("<div class=claim><h3>").append(esc(story)).append(" · ").append(esc(t.getString(1)))
                    .append(" <span class=note>").append(t.getLong(2)).append(" disputed values between ")
                    .append(t.getLong(3)).append(" outlet pairs</span></h3>\n");
            Row c = values.get(story + "\u0000" + t.getString(4) + "\u0000" + t.getString(5)).get(0);
            h.append(quote(texts.get(story + "\u0000" + c.getString(1)), c.getString(5), c.getInt(8), c.getInt(9)));
            h.append(quote(texts.get(story + "\u0000" + c.getString(2)), c.getString(6), c.getInt(10), c.getInt(11)));
            h.append("</div>\n");
        }
    }

    private static Map<String, Row> passageTexts(Dataset<Row> passages, List<Row> top) {
        List<String> keys = new ArrayList<>();
        top.forEach(t -> {
            keys.add(t.getString(0) + "\u0000" + t.getString(4));
            keys.add(t.getString(0) + "\u0000" + t.getString(5));
        });
        Map<String, Row> out = new HashMap<>();
        passages.filter(org.apache.spark.sql.functions.concat(col("story"), org.apache.spark.sql.functions.lit("\u0000"),
                col("passage")).isin(keys.toArray())).select("story", "passage", "outlet", "start", "text")
                .collectAsList().forEach(r -> out.put(r.getString(0) + "\u0000" + r.getString(1), r));
        return out;
    }

    private static Map<String, List<Row>> disputedValues(Dataset<Row> conflicts, List<Row> top) {
        List<String> keys = top.stream().map(t -> t.getString(0) + "\u0000" + t.getString(4) + "\u0000" + t.getString(5)).toList();
        Map<String, List<Row>> out = new LinkedHashMap<>();
        conflicts.filter(org.apache.spark.sql.functions.concat_ws("\u0000", col("story"), col("a"), col("b"))
                .isin(keys.toArray())).collectAsList().forEach(r -> out.computeIfAbsent(
                        r.getString(0) + "\u0000" + r.getString(1) + "\u0000" + r.getString(2), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** A passage with the disputed words (article offsets {@code start}..{@code end}) marked. */
    private static String quote(Row p, String value, int start, int end) {
        String text = p.getString(4);
        int from = Math.max(0, Math.min(text.length(), start - p.getInt(3)));
        int to = Math.max(from, Math.min(text.length(), end - p.getInt(3)));
        return "<blockquote><b>" + esc(p.getString(2)) + "</b>: " + esc(text.substring(0, from)) + "<mark>"
                + esc(text.substring(from, to)) + "</mark>" + esc(text.substring(to)) + " <span class=note>("
                + esc(value) + ")</span></blockquote>\n";
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Parallax batch report</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:80em}
            .note{color:#666;font-size:.9em;font-weight:normal}
            table.heat{border-collapse:collapse;font-size:.8em}
            table.heat th{font-weight:normal;text-align:right;padding:2px 6px;white-space:nowrap}
            table.heat thead th{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;vertical-align:bottom}
            table.heat td{width:3.2em;height:2.4em;text-align:center;border:1px solid #fff;line-height:1.1}
            table.heat td small{display:block;color:#333;font-size:.75em}
            table.bars th{text-align:right;font-weight:normal;padding-right:.5em}
            table.bars td{min-width:2em}
            .bar{background:#d9822b;height:1em;min-width:2px;width:0;display:inline-block}
            table.bars td:nth-child(2){width:30em}
            blockquote{margin:.4em 0 .4em 1em;border-left:3px solid #d9822b;padding-left:.6em}
            mark{background:#f6c68f;font-weight:bold}
            .claim{margin-bottom:1.2em}
            </style></head><body>
            """;
}
