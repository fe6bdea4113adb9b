package app.parallax.batch;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Difference;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one place where a comparison becomes table rows: the column layout of the Parquet tables
 * {@code articles}, {@code passages}, {@code links}, {@code conflicts} and {@code claims}, and the
 * mapping from {@link ComparisonResult} to their rows. Every row starts with the story key. A new
 * field of the engine's result is one column here and one value in the matching {@code xxxRow}.
 */
final class BatchTables {

    static final StructType ARTICLES = schema(
            "story", str(), "article", str(), "outlet", str(), "title", str(), "date", str(),
            "url", str(), "source", str(), "words", int32(), "passages", int32(), "shared", real(),
            "engine", str(), "text", str());
    static final StructType PASSAGES = schema(
            "story", str(), "passage", str(), "article", str(), "outlet", str(), "index", int32(),
            "start", int32(), "end", int32(), "text", str(), "boilerplate", bool(), "claim", str());
    static final StructType DIFFERENCE = schema(
            "kind", str(), "a", str(), "b", str(), "conflict", str());
    static final StructType LINKS = schema(
            "story", str(), "a", str(), "b", str(), "article_a", str(), "article_b", str(),
            "outlet_a", str(), "outlet_b", str(), "relation", str(), "score", real(),
            "differences", DataTypes.createArrayType(DIFFERENCE, false), "grade", str(), "coverage", real(),
            "shared_a_start", int32(), "shared_a_end", int32(), "shared_b_start", int32(), "shared_b_end", int32());
    static final StructType CONFLICTS = schema(
            "story", str(), "a", str(), "b", str(), "outlet_a", str(), "outlet_b", str(),
            "kind", str(), "value_a", str(), "value_b", str(),
            "a_start", int32(), "a_end", int32(), "b_start", int32(), "b_end", int32(), "grade", str());
    static final StructType VALUE = schema(
            "kind", str(), "value", str(), "articles", strings());
    static final StructType CLAIMS = schema(
            "story", str(), "claim", str(), "verdict", str(), "passages", strings(),
            "articles", strings(), "outlets", strings(), "values", DataTypes.createArrayType(VALUE, false));
    /** A story, file or row that could not be used, and why; never stops the job. */
    static final StructType ERRORS = schema(
            "story", str(), "source", str(), "stage", str(), "reason", str());

    private BatchTables() {
    }

    static List<Row> articles(String story, ComparisonResult r) {
        List<Row> out = new ArrayList<>();
        for (Article a : r.articles()) {
            out.add(RowFactory.create(story, a.id(), a.outlet(), a.title(), a.date(), a.url(), a.source(),
                    a.wordCount(), r.passagesOf(a.id()).size(), r.sharedShare(a.id()), r.engine(), a.text()));
        }
        return out;
    }

    static List<Row> passages(String story, ComparisonResult r) {
        List<Row> out = new ArrayList<>();
        for (Passage p : r.passages()) {
            out.add(RowFactory.create(story, p.id(), p.articleId(), outlet(r, p.articleId()), p.index(), p.start(),
                    p.end(), p.text(), p.boilerplate(), r.findClaim(p.id()).map(Claim::id).orElse(null)));
        }
        return out;
    }

    static List<Row> links(String story, ComparisonResult r) {
        List<Row> out = new ArrayList<>();
        for (Link l : r.links()) {
            String aArticle = r.requirePassage(l.a()).articleId();
            String bArticle = r.requirePassage(l.b()).articleId();
            out.add(RowFactory.create(story, l.a(), l.b(), aArticle, bArticle, outlet(r, aArticle),
                    outlet(r, bArticle), l.relation().label(), l.score(), seq(differences(l)),
                    l.grade().map(app.parallax.core.classify.Grade::label).orElse(null), l.coverage(),
                    l.sharedA() == null ? null : l.sharedA().start(), l.sharedA() == null ? null : l.sharedA().end(),
                    l.sharedB() == null ? null : l.sharedB().start(), l.sharedB() == null ? null : l.sharedB().end()));
        }
        return out;
    }

    private static List<Row> differences(Link l) {
        return l.differences().stream().map(d -> RowFactory.create(d.kind().label(), d.aWords(), d.bWords(),
                d.isConflict() ? d.conflictKind().label() : null)).toList();
    }

    static List<Row> conflicts(String story, ComparisonResult r) {
        List<Row> out = new ArrayList<>();
        for (Link l : r.links()) {
            String outletA = outlet(r, r.requirePassage(l.a()).articleId());
            String outletB = outlet(r, r.requirePassage(l.b()).articleId());
            for (Difference d : l.conflicts()) {
                out.add(RowFactory.create(story, l.a(), l.b(), outletA, outletB, d.conflictKind().label(),
                        d.aWords(), d.bWords(), d.aRange().start(), d.aRange().end(), d.bRange().start(),
                        d.bRange().end(), d.grade() == null ? null : d.grade().label()));
            }
        }
        return out;
    }

    static List<Row> claims(String story, ComparisonResult r) {
        List<Row> out = new ArrayList<>();
        for (Claim c : r.claims()) {
            List<Row> values = c.values().stream().map(BatchTables::value).toList();
            List<String> outlets = c.articleIds().stream().map(a -> outlet(r, a)).toList();
            out.add(RowFactory.create(story, c.id(), c.verdict().label(), seq(c.passageIds()), seq(c.articleIds()),
                    seq(outlets), seq(values)));
        }
        return out;
    }

    private static Row value(ClaimValue v) {
        return RowFactory.create(v.kind().label(), v.value(), seq(v.articleIds()));
    }

    /** Spark's rows hold Scala sequences, not Java lists. */
    static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(list)).toList();
    }

    static Row error(String story, String source, String stage, String reason) {
        return RowFactory.create(story, source, stage, reason);
    }

    private static String outlet(ComparisonResult r, String articleId) {
        return r.requireArticle(articleId).outlet();
    }

    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }

    private static DataType str() {
        return DataTypes.StringType;
    }

    private static DataType int32() {
        return DataTypes.IntegerType;
    }

    private static DataType real() {
        return DataTypes.DoubleType;
    }

    private static DataType bool() {
        return DataTypes.BooleanType;
    }
}
