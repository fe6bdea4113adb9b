package app.parallax.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code outlet_pairs} table, the one a study starts from: per pair of outlets (in
 * alphabetical order), the stories both report, their content passages, the share of those the
 * other outlet also reports, their links, and the disputes in all and by kind.
 */
final class OutletPairs {

    private OutletPairs() {
    }

    /** @param perStory rows of {@link PairCounts#PAIR}, one per story and pair */
    static Dataset<Row> total(Dataset<Row> perStory) {
        Dataset<Row> totals = perStory.groupBy("outlet_a", "outlet_b").agg(
                count("*").as("stories"),
                sum("passages_a").as("passages_a"), sum("passages_b").as("passages_b"),
                sum("shared_a").as("shared_a"), sum("shared_b").as("shared_b"),
                sum("links").as("links"), sum("links_differ").as("links_differ"));
        Dataset<Row> kinds = perStory.select(col("outlet_a"), col("outlet_b"), explode(col("disputes")).as("d"))
                .groupBy(col("outlet_a"), col("outlet_b"), col("d.kind").as("kind")).agg(sum("d.count").as("count"))
                .groupBy("outlet_a", "outlet_b")
                .agg(sum("count").as("disputes"),
                        map_from_entries(sort_array(collect_list(struct(col("kind"), col("count"))))).as("disputes_by_kind"));
        return totals.join(kinds, new String[] {"outlet_a", "outlet_b"}, "left")
                .na().fill(0L, new String[] {"disputes"})
                .withColumn("shared_share", col("shared_a").plus(col("shared_b"))
                        .divide(col("passages_a").plus(col("passages_b"))))
                .select("outlet_a", "outlet_b", "stories", "passages_a", "passages_b", "shared_a", "shared_b",
                        "shared_share", "links", "links_differ", "disputes", "disputes_by_kind")
                .orderBy("outlet_a", "outlet_b");
    }
}
