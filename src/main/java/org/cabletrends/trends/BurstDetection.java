package org.cabletrends.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

/**
 * Bursts per theme at the all-posts monthly level, and per post for series with at least
 * {@code minPostThemeCables} theme cables. The monthly series are collected to the driver: they are tiny (themes ×
 * months for all posts, at most themes × posts × months rows of five numbers) and the automaton is sequential.
 * Evidence cables are picked in Spark by joining the few bursts back to the theme rows.
 */
final class BurstDetection {
    private static final String IDX = ThemeCells.IDX;
    private static final StructType FOUND = new StructType().add("burst_id", "int").add("theme", "string")
            .add("post", "string").add("start_index", "int").add("end_index", "int").add("strength", "double")
            .add("theme_cables", "long").add("cables", "long");

    private BurstDetection() {
    }

    /** A collected series key: theme and post (null = all posts). */
    private record Key(String theme, String post) {
    }

    /** {@code talking} is already joined with {@code base}. */
    static Dataset<Row> of(SparkSession spark, Dataset<Row> monthlyCells, Dataset<Row> base, Dataset<Row> talking,
                           TrendOptions o) {
        Row span = base.agg(min(IDX), max(IDX)).first();
        if (span.isNullAt(0)) {
            return spark.createDataFrame(List.of(), TrendSchemas.THEME_BURSTS);
        }
        Dataset<Row> eligible = monthlyCells.groupBy("theme", "post").agg(sum("theme_cables").as("n"))
                // A series without theme cables cannot burst: not collected, not run through the automaton.
                .filter(col("n").gt(0).and(col("post").isNull().or(col("n").geq(o.minPostThemeCables()))))
                .select(col("theme").as("e_theme"), col("post").as("e_post"));
        List<Row> rows = monthlyCells.join(eligible, col("theme").equalTo(col("e_theme"))
                        .and(col("post").eqNullSafe(col("e_post"))), "left_semi")
                .select("theme", "post", IDX, "theme_cables", "cables").collectAsList();
        List<Row> found = detect(series(rows, span.getInt(0), span.getInt(1)), span.getInt(0), o.detector());
        if (found.isEmpty()) {
            return spark.createDataFrame(List.of(), TrendSchemas.THEME_BURSTS);
        }
        Dataset<Row> bursts = spark.createDataFrame(found, FOUND);
        return withEvidence(bursts, talking, o.evidenceCables());
    }

    /** Dense series per key (theme, post), months first..last, zero where a post sent nothing. */
    private static Map<Key, long[][]> series(List<Row> rows, int first, int last) {
        Map<Key, long[][]> out = new TreeMap<>(java.util.Comparator.comparing(Key::theme)
                .thenComparing(Key::post, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        for (Row r : rows) {
            long[][] s = out.computeIfAbsent(new Key(r.getString(0), r.getString(1)),
                    k -> new long[2][last - first + 1]);
            int t = r.getInt(2) - first;
            s[0][t] = r.getLong(3);
            s[1][t] = r.getLong(4);
        }
        return out;
    }

    private static List<Row> detect(Map<Key, long[][]> series, int first, KleinbergBursts detector) {
        List<Row> found = new ArrayList<>();
        series.forEach((key, s) -> {
            for (KleinbergBursts.Interval i : detector.detect(s[0], s[1])) {
                found.add(RowFactory.create(found.size(), key.theme(), key.post(), first + i.start(),
                        first + i.end(), i.weight(), total(s[0], i), total(s[1], i)));
            }
        });
        return found;
    }

    private static long total(long[] values, KleinbergBursts.Interval i) {
        long total = 0;
        for (int t = i.start(); t <= i.end(); t++) {
            total += values[t];
        }
        return total;
    }

    private static Dataset<Row> withEvidence(Dataset<Row> bursts, Dataset<Row> talking, int n) {
        Dataset<Row> cables = talking.select(col("refid"), col("theme"), col("post"),
                col(IDX), col("paragraphs"), col("text_score"));
        Dataset<Row> b = bursts.select(col("burst_id"), col("theme").as("b_theme"), col("post").as("b_post"),
                col("start_index"), col("end_index"));
        Dataset<Row> inside = cables.join(b, col("theme").equalTo(col("b_theme"))
                .and(col("b_post").isNull().or(col("b_post").equalTo(col("post"))))
                .and(col(IDX).between(col("start_index"), col("end_index"))))
                .withColumn("rank", row_number().over(Window.partitionBy("burst_id")
                        .orderBy(col("text_score").desc(), col("refid"))))
                .filter(col("rank").leq(n))
                .groupBy("burst_id").agg(expr("transform(sort_array(collect_list(struct(rank, refid, paragraphs, "
                        + "text_score))), x -> struct(x.refid AS refid, x.paragraphs AS paragraphs, "
                        + "x.text_score AS text_score))").as("evidence"));
        return bursts.join(inside, ThemeCells.scala(List.of("burst_id")), "left").orderBy("burst_id")
                .select(col("theme"), col("post"), month(col("start_index")).as("start_month"),
                        month(col("end_index")).as("end_month"),
                        col("end_index").minus(col("start_index")).plus(1).as("months"), col("strength"),
                        col("theme_cables"), col("cables"), col("evidence"));
    }

    /** 'yyyy-MM' of a month index (year·12 + month - 1). */
    private static org.apache.spark.sql.Column month(org.apache.spark.sql.Column index) {
        return org.apache.spark.sql.functions.format_string("%04d-%02d", index.divide(12).cast("int"),
                index.mod(12).plus(1));
    }

    static YearMonth yearMonth(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
