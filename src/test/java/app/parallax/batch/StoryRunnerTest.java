package app.parallax.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.align.PassageEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose comparison never ends or throws becomes one row of {@code errors} and the runner
 * goes on with the next story. The engines here are real comparisons whose sentence model hangs
 * or breaks, so the time limit is reached whatever the machine's speed.
 */
class StoryRunnerTest {

    @TempDir
    Path tmp;
    private Path story;
    private final LongAccumulator done = new LongAccumulator();
    private final LongAccumulator failed = new LongAccumulator();
    /** A limit no story of two sentences reaches, however busy the machine: only the hanging engine meets its limit. */
    private static final Duration NO_LIMIT = Duration.ofHours(1);

    @BeforeEach
    void aStoryOfTwoArticles() throws Exception {
        story = Files.createDirectories(tmp.resolve("harbor"));
        Files.writeString(story.resolve("daily.txt"), "The ferry left the harbor on Monday. Forty people were aboard.");
        Files.writeString(story.resolve("herald.txt"), "The ferry left the harbor on Tuesday. Forty people were aboard.");
    }

    @Test
    void aStoryPastItsTimeLimitIsAnErrorRowAndTheNextStoryIsCompared() {
        CountDownLatch never = new CountDownLatch(1);
        StoryRunner hanging = runner(Duration.ofMillis(300), Comparison.standard().withEmbedder(embedder(texts -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted");
            }
            throw new AssertionError("unreachable");
        })));
        Row out = hanging.run(input());
        assertThat(errors(out)).containsExactly("time limit|not compared within the time limit of 0.3 s (2 articles)");
        assertThat(out.getList(1)).as("no articles of a story not compared").isEmpty();

        Row next = runner(NO_LIMIT, Comparison.standard()).run(input());
        assertThat(errors(next)).isEmpty();
        assertThat(next.getList(1)).hasSize(2);
        assertThat(next.getList(4)).as("the weekday conflict").isNotEmpty();
        assertThat(done.value()).isEqualTo(2);
        assertThat(failed.value()).isEqualTo(1);
    }

    @Test
    void aStoryWhoseComparisonThrowsIsAnErrorRowNamingTheProblem() {
        StoryRunner broken = runner(NO_LIMIT, Comparison.standard().withEmbedder(embedder(texts -> {
                    throw new IllegalStateException("model file damaged");
                })));
        Row out = broken.run(input());
        assertThat(errors(out)).singleElement().asString().startsWith("compare|").contains("model file damaged");
        assertThat(failed.value()).isEqualTo(1);
    }

    private StoryRunner runner(Duration limit, Comparison engine) {
        BatchOptions options = new BatchOptions(tmp, tmp.resolve("out"), true, false, limit, "local[1]", null, 0);
        return new StoryRunner(options, done, failed, engine);
    }

    private Row input() {
        return RowFactory.create("harbor", story.toString(), null);
    }

    private static List<String> errors(Row out) {
        return out.<Row>getList(6).stream().map(r -> r.getString(2) + "|" + r.getString(3)).toList();
    }

    private static PassageEmbedder embedder(java.util.function.Function<List<String>, List<float[]>> embed) {
        return new PassageEmbedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                return embed.apply(texts);
            }

            @Override
            public String modelName() {
                return "test model";
            }
        };
    }
}
