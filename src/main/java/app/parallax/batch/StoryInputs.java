package app.parallax.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the batch's INPUT into one row per story ({@link #STORY}) plus the rows that could not be
 * used ({@link BatchTables#ERRORS}): a folder of story folders (each read on an executor as the
 * reader reads it, sidecar included), JSON Lines of articles (plain or gzip), or Parquet with the
 * same columns. A story's articles keep their input order, so a retried task sees the same story.
 */
final class StoryInputs {

    /** One story: its key, its folder (story folders) or its articles (JSON Lines, Parquet). */
    static final StructType STORY = DataTypes.createStructType(List.of(
            DataTypes.createStructField("story", DataTypes.StringType, false),
            DataTypes.createStructField("folder", DataTypes.StringType, true),
            DataTypes.createStructField("articles", DataTypes.createArrayType(ArticleRows.ARTICLE, false), true)));
    private static final String[] COLUMNS = {"story", "outlet", "title", "date", "url", "text"};

    /** The stories and the refused input rows. */
    record Read(Dataset<Row> stories, Dataset<Row> errors) {
    }

    private StoryInputs() {
    }

    /** @throws IllegalArgumentException naming INPUT when it is none of the accepted kinds */
    static Read read(SparkSession spark, Path input) {
        if (isParquet(input)) {
            return fromCandidates(spark, parquet(spark, input));
        }
        if (Files.isDirectory(input)) {
            return folders(spark, input);
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(input) && name.matches(".*\\.(jsonl|ndjson|json)(\\.gz)?")) {
            return fromCandidates(spark, jsonLines(spark, input));
        }
        throw new IllegalArgumentException(input + ": not a folder of story folders, a JSON Lines file"
                + " (.jsonl, .jsonl.gz) or Parquet");
    }

    private static boolean isParquet(Path input) {
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        try (Stream<Path> files = Files.isDirectory(input) ? Files.list(input) : Stream.empty()) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    private static Read folders(SparkSession spark, Path input) {
        List<Row> stories = new ArrayList<>();
        List<Row> errors = new ArrayList<>();
        try (Stream<Path> entries = Files.list(input)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    stories.add(RowFactory.create(name, p.toAbsolutePath().toString(), null));
                } else {
                    errors.add(BatchTables.error(null, p.toString(), "input", "not a story folder"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list the story folders: " + e.getMessage(), e);
        }
        return new Read(spark.createDataFrame(stories, STORY), spark.createDataFrame(errors, BatchTables.ERRORS));
    }

    private static Dataset<Row> jsonLines(SparkSession spark, Path input) {
        // a line longer than this is skipped by the reader rather than held in memory
        spark.sparkContext().hadoopConfiguration().setInt("mapreduce.input.linerecordreader.line.maxlength",
                ArticleRows.MAX_TEXT_CHARS * 2);
        String source = input.toString();
        JavaRDD<Row> rows = spark.read().text(input.toString()).javaRDD().zipWithIndex()
                .map(t -> ArticleRows.fromJson(t._1().getString(0), source + ":" + (t._2() + 1), t._2()));
        return spark.createDataFrame(rows, ArticleRows.CANDIDATE);
    }

    private static Dataset<Row> parquet(SparkSession spark, Path input) {
        Dataset<Row> raw = spark.read().parquet(input.toString());
        List<String> have = Arrays.asList(raw.columns());
        if (!have.contains("story") || !have.contains("text")) {
            throw new IllegalArgumentException(input + ": Parquet input needs the columns story and text (has "
                    + String.join(", ", have) + ")");
        }
        Column[] cols = Arrays.stream(COLUMNS).map(c -> have.contains(c) ? col(c).cast("string").as(c)
                : lit(null).cast("string").as(c)).toArray(Column[]::new);
        Dataset<Row> typed = raw.select(cols).withColumn("source", input_file_name());
        JavaRDD<Row> rows = typed.javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            return ArticleRows.check(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getString(6) + " row " + (t._2() + 1), t._2());
        });
        return spark.createDataFrame(rows, ArticleRows.CANDIDATE);
    }

    private static Read fromCandidates(SparkSession spark, Dataset<Row> candidates) {
        Dataset<Row> errors = candidates.filter(col("error").isNotNull())
                .select(col("story"), col("source"), lit("input").as("stage"), col("error").as("reason"));
        Column article = struct(Arrays.stream(ArticleRows.ARTICLE.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
        Dataset<Row> stories = candidates.filter(col("error").isNull()).groupBy("story")
                .agg(sort_array(collect_list(article)).as("articles"))
                .select(col("story"), lit(null).cast("string").as("folder"), col("articles"));
        return new Read(spark.createDataFrame(stories.javaRDD(), STORY), errors);
    }
}
