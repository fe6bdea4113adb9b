package app.parallax.batch;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.align.Relation;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Difference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One story's share of the {@code outlet_pairs} table: per pair of outlets in it (names in
 * alphabetical order, the same outlet never paired with itself), their content passages, how many
 * of them the other outlet also reports, their links and the disputes by kind. The job sums these
 * over stories.
 */
final class PairCounts {

    static final StructType KIND_COUNT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("count", DataTypes.LongType, false)));
    static final StructType PAIR = DataTypes.createStructType(List.of(
            DataTypes.createStructField("outlet_a", DataTypes.StringType, false),
            DataTypes.createStructField("outlet_b", DataTypes.StringType, false),
            DataTypes.createStructField("passages_a", DataTypes.LongType, false),
            DataTypes.createStructField("passages_b", DataTypes.LongType, false),
            DataTypes.createStructField("shared_a", DataTypes.LongType, false),
            DataTypes.createStructField("shared_b", DataTypes.LongType, false),
            DataTypes.createStructField("links", DataTypes.LongType, false),
            DataTypes.createStructField("links_differ", DataTypes.LongType, false),
            DataTypes.createStructField("disputes", DataTypes.createArrayType(KIND_COUNT, false), false)));

    private PairCounts() {
    }

    static List<Row> of(ComparisonResult r) {
        Set<String> outlets = new TreeSet<>();
        r.articles().forEach(a -> outlets.add(a.outlet()));
        List<String> names = new ArrayList<>(outlets);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                out.add(pair(r, names.get(i), names.get(j)));
            }
        }
        return out;
    }

    private static Row pair(ComparisonResult r, String x, String y) {
        Set<String> sharedX = new HashSet<>();
        Set<String> sharedY = new HashSet<>();
        long links = 0;
        long differ = 0;
        Map<String, Long> kinds = new TreeMap<>();
        for (Link l : r.links()) {
            String oa = outletOf(r, l.a());
            String ob = outletOf(r, l.b());
            boolean xy = oa.equals(x) && ob.equals(y);
            if (!xy && !(oa.equals(y) && ob.equals(x))) {
                continue;
            }
            sharedX.add(xy ? l.a() : l.b());
            sharedY.add(xy ? l.b() : l.a());
            links++;
            differ += l.relation() == Relation.DIFFER ? 1 : 0;
            for (Difference d : l.conflicts()) {
                kinds.merge(d.conflictKind().label(), 1L, Long::sum);
            }
        }
        List<Row> disputes = kinds.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
        return RowFactory.create(x, y, content(r, x), content(r, y), (long) sharedX.size(), (long) sharedY.size(),
                links, differ, BatchTables.seq(disputes));
    }

    private static long content(ComparisonResult r, String outlet) {
        return r.passages().stream().filter(p -> !p.boilerplate() && outletOf(r, p).equals(outlet)).count();
    }

    private static String outletOf(ComparisonResult r, String passageId) {
        return outletOf(r, r.requirePassage(passageId));
    }

    private static String outletOf(ComparisonResult r, Passage p) {
        return r.requireArticle(p.articleId()).outlet();
    }
}
