package org.cabletrends.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Period × post × theme cells. Cells are the post-period totals crossed with every theme, so a period in which a
 * post sent cables but none on a theme is a cell with theme_cables 0. The all-posts row (post null) is the sum of
 * the post rows, so it always equals their sum.
 */
final class ThemeCells {
    static final String IDX = "period_index";
    static final String UNKNOWN_POST = "UNKNOWN";

    private ThemeCells() {
    }

    /** cables → (refid, post, year, month) of the cables with a year. */
    static Dataset<Row> periods(Dataset<Row> cables) {
        return cables.filter(col("year").isNotNull()).select(col("refid"),
                coalesce(col("origin"), lit(UNKNOWN_POST)).as("post"), col("year"), col("month"));
    }

    /**
     * {@link #periods} (or rows joined to them) with period_index added; the month level drops cables without a
     * month.
     */
    static Dataset<Row> base(Dataset<Row> periods, boolean monthly) {
        Dataset<Row> b = monthly ? periods.filter(col("month").isNotNull()) : periods;
        Column idx = monthly ? col("year").multiply(12).plus(col("month")).minus(1) : col("year");
        return b.withColumn(IDX, idx);
    }

    /** The distinct themes of cable_themes as a local table (a few dozen rows, sorted: the same plan each run). */
    static Dataset<Row> themes(SparkSession spark, Dataset<Row> cableThemes) {
        List<Row> themes = cableThemes.select("theme").distinct().sort("theme").collectAsList();
        return spark.createDataFrame(themes, cableThemes.select("theme").schema());
    }

    /** cable_themes rows of cables that talk about their theme. */
    static Dataset<Row> talking(Dataset<Row> cableThemes, double threshold) {
        return cableThemes.filter(col("text_score").geq(threshold));
    }

    /** {@code talking} here is already joined with {@code base} (see {@link #joined}); {@code themes}: {@link #themes}. */
    static Dataset<Row> cells(Dataset<Row> base, Dataset<Row> themes, Dataset<Row> talking, List<String> keys) {
        List<String> postKeys = new ArrayList<>(keys);
        postKeys.add("post");
        Dataset<Row> totals = base.groupBy(cols(postKeys)).agg(count(lit(1)).as("cables"));
        List<String> themeKeys = new ArrayList<>(postKeys);
        themeKeys.add("theme");
        Dataset<Row> counts = talking.groupBy(cols(themeKeys))
                .agg(count(lit(1)).as("theme_cables"), sum(size(col("paragraphs"))).as("paragraphs"),
                        sum(col("hits")).as("hits"));
        Dataset<Row> posts = totals.crossJoin(themes)
                .join(counts, scala(themeKeys), "left")
                .na().fill(0L, new String[] {"theme_cables", "paragraphs"}).na().fill(0.0, new String[] {"hits"});
        List<String> allKeys = new ArrayList<>(keys);
        allKeys.add("theme");
        Dataset<Row> all = posts.groupBy(cols(allKeys))
                .agg(sum("cables").as("cables"), sum("theme_cables").as("theme_cables"),
                        sum("paragraphs").as("paragraphs"), sum("hits").as("hits"))
                .withColumn("post", lit(null).cast("string"));
        return posts.unionByName(all);
    }

    /** Share, Wilson bounds, changes, trailing z-score and the small-count flag. */
    static Dataset<Row> metrics(Dataset<Row> cells, TrendOptions o, int yearLag, boolean monthly) {
        WindowSpec series = Window.partitionBy("post", "theme").orderBy(IDX);
        Column share = col("theme_cables").cast("double").divide(col("cables"));
        Dataset<Row> m = cells.withColumn("share", share)
                .withColumn("share_low", Wilson.bound(col("theme_cables"), col("cables"), false))
                .withColumn("share_high", Wilson.bound(col("theme_cables"), col("cables"), true))
                .withColumn("change_prev_year", col("share").minus(first("share").over(series.rangeBetween(-yearLag,
                        -yearLag))));
        if (monthly) {
            m = m.withColumn("change_prev_month", col("share").minus(first("share").over(series.rangeBetween(-1,
                    -1))));
        }
        WindowSpec trailing = series.rangeBetween(-o.trailingPeriods(), -1);
        Column n = count("share").over(trailing);
        Column sd = stddev_samp("share").over(trailing);
        Column z = col("share").minus(avg("share").over(trailing)).divide(sd);
        return m.withColumn("z_score", when(n.geq(o.minTrailing()).and(sd.gt(0)), z))
                .withColumn("small_count", col("cables").lt(o.minCables()));
    }

    /** Talking rows with their cable's post, year and month, joined once and reused by cells, keywords and bursts. */
    static Dataset<Row> joined(Dataset<Row> talking, Dataset<Row> base) {
        return talking.join(base, "refid");
    }

    static Column[] cols(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    static scala.collection.immutable.Seq<String> scala(List<String> names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
    }
}
