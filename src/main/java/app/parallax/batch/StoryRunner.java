package app.parallax.batch;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs the comparison on one story, on an executor: reads its folder or takes its articles,
 * compares them with the JVM's shared engine under a time limit, and returns every table's rows
 * for that story in one row ({@link #OUTPUT}). Whatever goes wrong with a story (unreadable files,
 * fewer than two articles, an exception, the time limit) becomes rows of {@code errors}; the
 * task itself never fails for a story. The same story always gives the same rows (the engine is
 * deterministic), so a task Spark retries writes what the first attempt would have.
 */
final class StoryRunner implements Serializable {

    private static final long serialVersionUID = 1L;

    static final StructType OUTPUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("story", DataTypes.StringType, false),
            field("articles", BatchTables.ARTICLES), field("passages", BatchTables.PASSAGES),
            field("links", BatchTables.LINKS), field("conflicts", BatchTables.CONFLICTS),
            field("claims", BatchTables.CLAIMS), field("errors", BatchTables.ERRORS),
            field("pairs", PairCounts.PAIR)));

    /** Story threads: daemons, so a story abandoned at its time limit never keeps a JVM alive. */
    private static final ExecutorService STORY_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parallax-story");
        t.setDaemon(true);
        return t;
    });

    private final boolean fast;
    private final String cacheDir;
    private final long timeLimitMillis;
    private final LongAccumulator storiesDone;
    private final LongAccumulator storiesFailed;
    /** The engine to use instead of the JVM's shared one; set by tests, never shipped to executors. */
    private final transient Comparison engine;

    StoryRunner(BatchOptions options, LongAccumulator storiesDone, LongAccumulator storiesFailed) {
        this(options, storiesDone, storiesFailed, null);
    }

    StoryRunner(BatchOptions options, LongAccumulator storiesDone, LongAccumulator storiesFailed, Comparison engine) {
        this.engine = engine;
        this.fast = options.fast();
        this.cacheDir = options.cacheDir();
        this.timeLimitMillis = options.timeLimit().toMillis();
        this.storiesDone = storiesDone;
        this.storiesFailed = storiesFailed;
    }

    Row run(Row input) {
        String story = input.getString(0);
        List<Row> errors = new ArrayList<>();
        List<Article> articles = input.isNullAt(1) ? fromRows(input.getList(2)) : fromFolder(story, input.getString(1), errors);
        Row out = compare(story, articles, errors);
        storiesDone.add(1);
        if (out.getSeq(1).isEmpty()) {
            storiesFailed.add(1);
        }
        return out;
    }

    private Row compare(String story, List<Article> articles, List<Row> errors) {
        if (articles.size() < 2) {
            errors.add(BatchTables.error(story, story, "compare",
                    "need at least two readable articles to compare, have " + articles.size()));
            return empty(story, errors);
        }
        try {
            ComparisonResult r = withTimeLimit(articles);
            return output(story, BatchTables.articles(story, r), BatchTables.passages(story, r),
                    BatchTables.links(story, r), BatchTables.conflicts(story, r), BatchTables.claims(story, r),
                    errors, PairCounts.of(r));
        } catch (TimeoutException e) {
            errors.add(BatchTables.error(story, story, "time limit",
                    "not compared within the time limit of " + seconds(timeLimitMillis) + " s"
                            + " (" + articles.size() + " articles)"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            errors.add(BatchTables.error(story, story, "compare", cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        }
        return empty(story, errors);
    }

    private ComparisonResult withTimeLimit(List<Article> articles) throws TimeoutException, ExecutionException {
        Comparison engine = this.engine != null ? this.engine : StoryEngine.get(fast, cacheDir);
        AtomicBoolean stop = new AtomicBoolean();
        Future<ComparisonResult> f = STORY_THREADS.submit(() -> engine.run(articles, (done, total, stage) -> {
            if (stop.get()) {
                throw new CancellationException("time limit");
            }
        }));
        try {
            return f.get(timeLimitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            stop.set(true);
            f.cancel(true);
            throw e;
        }
    }

    /** "1", "300", "0.25": whole seconds without a fraction. */
    private static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static Row empty(String story, List<Row> errors) {
        return output(story, List.of(), List.of(), List.of(), List.of(), List.of(), errors, List.of());
    }

    @SafeVarargs
    private static Row output(String story, List<Row>... tables) {
        Object[] values = new Object[tables.length + 1];
        values[0] = story;
        for (int i = 0; i < tables.length; i++) {
            values[i + 1] = BatchTables.seq(tables[i]);
        }
        return RowFactory.create(values);
    }

    private static List<Article> fromFolder(String story, String folder, List<Row> errors) {
        LoadedStory s = Ingest.load(List.of(Path.of(folder)));
        s.problems().forEach(p -> errors.add(BatchTables.error(story, p.source(), "ingest", p.reason())));
        return s.articles();
    }

    /** Articles of JSON Lines or Parquet rows: ids from the outlet's name, numbered when repeated. */
    private static List<Article> fromRows(List<Row> rows) {
        List<Article> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : rows) {
            String outlet = r.getString(1).isBlank() ? "Unnamed outlet" : r.getString(1);
            String base = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            base = base.isEmpty() ? "article" : base;
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(new Article(id, r.getString(6), outlet, r.getString(2), r.getString(3), r.getString(5), "", r.getString(4)));
        }
        return out;
    }

    private static org.apache.spark.sql.types.StructField field(String name, StructType element) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(element, false), false);
    }
}
