package org.cabletrends.topics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code topic_trends} table: month × post × topic and year × post × topic cells, plus the all-posts rows (post
 * null, the sums of the post rows). A cell's {@code cables} are all cables of the post in the period (from the
 * {@code cables} table, with or without tokens), so a topic with no cable in a cell is a row with zeros. Weights are
 * summed as integers of 10⁻⁹ so the sums do not depend on the order Spark adds them in.
 *
 * <p>Spark does the two passes over the cables (cables per year × month × post, and the topic sums of the same
 * cells); both results are small (cells × k rows), so the levels, the zero rows and the order are built on the
 * driver by {@link TopicTrendCells}. Doing that in Spark took a dozen shuffles and ~30 s even for 5,000 cables.
 */
final class TopicTrends {
    static final String UNKNOWN_POST = org.cabletrends.trends.TrendKeys.UNKNOWN_POST;
    static final double SCALE = 1e9;
    /** Rows per slice of the table handed to Spark (~4 MB each: 4.2 MB at 250k cables, k 50). */
    static final int ROWS_PER_SLICE = 50_000;

    private TopicTrends() {
    }

    static Dataset<Row> of(Dataset<Row> cables, Dataset<Row> docTopics, List<Integer> ids, double threshold,
                           int minCables) {
        Dataset<Row> base = cables.filter(col("year").isNotNull()).select(col("refid"),
                coalesce(col("origin"), lit(UNKNOWN_POST)).as("post"), col("year"), col("month"));
        List<Row> totals = base.groupBy("year", "month", "post").agg(count(lit(1)).as("cables")).collectAsList();
        // Join one row per cable, then explode: joining the exploded rows (k per cable) sorted k times as much.
        List<Row> sums = docTopics.select(col("refid"), col("distribution")).join(base, "refid")
                .select(col("post"), col("year"), col("month"),
                        posexplode(col("distribution")).as(new String[] {"pos", "w"}))
                .groupBy("year", "month", "post", "pos")
                .agg(sum(round(col("w").multiply(SCALE)).cast("long")).as("w_units"),
                        sum(when(col("w").geq(threshold), 1L).otherwise(0L)).as("topic_cables"))
                .collectAsList();
        TopicTrendCells cells = new TopicTrendCells(ids.size());
        totals.forEach(r -> cells.cables(r.getInt(0), r.isNullAt(1) ? null : r.getInt(1), r.getString(2),
                r.getLong(3)));
        sums.forEach(r -> cells.topic(r.getInt(0), r.isNullAt(1) ? null : r.getInt(1), r.getString(2), r.getInt(3),
                r.getLong(4), r.getLong(5)));
        List<Row> rows = cells.rows(ids, minCables);
        // Slices rather than a local relation: a local relation travels inside one task, which at 250k cables and
        // k = 50 is already 36 MB and would pass spark.rpc.message.maxSize at a few times that.
        int slices = Math.max(1, (rows.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE);
        JavaRDD<Row> sliced = JavaSparkContext.fromSparkContext(base.sparkSession().sparkContext())
                .parallelize(rows, slices);
        return base.sparkSession().createDataFrame(sliced, TopicSchemas.TOPIC_TRENDS);
    }

    /**
     * The table as one file in table order: the slices are gathered by a shuffle (so no task carries them all) and
     * sorted again, by the order {@link TopicTrendCells} gives them (Spark sorts nulls first and strings by code
     * point, as that order does).
     */
    static Dataset<Row> oneFile(Dataset<Row> trends) {
        return trends.repartition(1).sortWithinPartitions("level", "year", "month", "post", "topic_id");
    }
}
