package org.cabletrends.topics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code topic_trends} table: month × post × topic and year × post × topic cells, plus the all-posts rows (post
 * null, the sums of the post rows). A cell's {@code cables} are all cables of the post in the period (from the
 * {@code cables} table, with or without tokens), so a topic with no cable in a cell is a row with zeros. Weights are
 * summed as integers of 10⁻⁹ so the sums do not depend on the order Spark adds them in.
 */
final class TopicTrends {
    static final String UNKNOWN_POST = "UNKNOWN";
    private static final double SCALE = 1e9;

    private TopicTrends() {
    }

    static Dataset<Row> of(Dataset<Row> cables, Dataset<Row> docTopics, List<Integer> ids, double threshold,
                           int minCables) {
        Dataset<Row> base = cables.filter(col("year").isNotNull()).select(col("refid"),
                coalesce(col("origin"), lit(UNKNOWN_POST)).as("post"), col("year"), col("month"));
        // Join one row per cable, then explode: joining the exploded rows (k per cable) sorted k times as much
        // and ran out of execution memory at 250k cables and k = 50.
        Dataset<Row> weights = docTopics.select(col("refid"), col("distribution")).join(base, "refid")
                .select(col("refid"), col("post"), col("year"), col("month"),
                        posexplode(col("distribution")).as(new String[] {"pos", "w"}))
                .select(col("refid"), element_at(lit(ids.stream().mapToInt(Integer::intValue).toArray()),
                                col("pos").plus(1)).as("topic_id"),
                        round(col("w").multiply(SCALE)).cast("long").as("w_units"),
                        when(col("w").geq(threshold), 1L).otherwise(0L).as("above"),
                        col("post"), col("year"), col("month"));
        Dataset<Row> topicIds = base.sparkSession().createDataset(ids, org.apache.spark.sql.Encoders.INT())
                .toDF("topic_id");
        Dataset<Row> monthly = level("month", base.filter(col("month").isNotNull()), weights.filter(col("month").isNotNull()),
                topicIds, List.of("year", "month"));
        Dataset<Row> yearly = level("year", base, weights, topicIds, List.of("year"));
        Column share = col("topic_cables").cast("double").divide(col("cables"));
        return monthly.unionByName(yearly)
                .select(col("level"), col("year"), col("month"), col("post"), col("topic_id"), col("cables"),
                        col("topic_cables"), col("w_units").divide(SCALE).as("weight"), share.as("share"),
                        col("cables").lt(minCables).as("small_count"))
                .orderBy("level", "year", "month", "post", "topic_id");
    }

    private static Dataset<Row> level(String level, Dataset<Row> base, Dataset<Row> weights, Dataset<Row> topicIds,
                                      List<String> period) {
        List<String> postKeys = new ArrayList<>(period);
        postKeys.add("post");
        List<String> cellKeys = new ArrayList<>(postKeys);
        cellKeys.add("topic_id");
        Dataset<Row> totals = base.groupBy(cols(postKeys)).agg(count(lit(1)).as("cables"));
        Dataset<Row> sums = weights.groupBy(cols(cellKeys)).agg(sum("w_units").as("w_units"), sum("above").as("topic_cables"));
        Dataset<Row> posts = totals.crossJoin(topicIds).join(sums, scala(cellKeys), "left")
                .na().fill(0L, new String[] {"w_units", "topic_cables"});
        List<String> allKeys = new ArrayList<>(period);
        allKeys.add("topic_id");
        Dataset<Row> all = posts.groupBy(cols(allKeys)).agg(sum("cables").as("cables"),
                        sum("topic_cables").as("topic_cables"), sum("w_units").as("w_units"))
                .withColumn("post", lit(null).cast("string"));
        Dataset<Row> cells = posts.unionByName(all).withColumn("level", lit(level));
        return period.contains("month") ? cells : cells.withColumn("month", lit(null).cast("int"));
    }

    private static Column[] cols(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
    }
}
