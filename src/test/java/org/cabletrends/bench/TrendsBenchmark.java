package org.cabletrends.bench;

import static org.apache.spark.sql.functions.expr;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.trends.ThemeAggregates;
import org.cabletrends.trends.ThemeTrends;
import org.cabletrends.trends.TrendOptions;

/**
 * Theme aggregates over a generated input of Cablegate size: {@code cables} (refid, origin, dtg, year, month) over
 * 53 posts and 2003–2010, and {@code cable_themes} with each of 12 themes at 4% per cable (20% for one theme in
 * 2007-05), made with Spark SQL hash expressions (deterministic). Prints seconds per step.
 * Usage: TrendsBenchmark [cables] [output dir]   (defaults 251287, /tmp/bench-trends)
 */
public final class TrendsBenchmark {
    private TrendsBenchmark() {
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 251_287L;
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/bench-trends");
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = SparkSession.builder().appName("bench-trends").master("local[2]")
                .config("spark.sql.session.timeZone", "UTC").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8").getOrCreate();
        Dataset<Row> cables = timed("generate cables", () -> count(cables(spark, n).cache()));
        Dataset<Row> themes = timed("generate cable_themes", () -> count(cableThemes(cables).cache()));
        ThemeTrends t = timed("execute (plans; burst series collected)", () -> ThemeAggregates.of(spark,
                TrendOptions.defaults()).execute(cables, themes));
        Map<String, Dataset<Row>> tables = Map.of(ThemeAggregates.MONTHLY, t.monthly(), ThemeAggregates.YEARLY,
                t.yearly(), ThemeAggregates.KEYWORDS, t.keywords(), ThemeAggregates.BURSTS, t.bursts());
        for (String name : new String[] {ThemeAggregates.MONTHLY, ThemeAggregates.YEARLY, ThemeAggregates.KEYWORDS,
                ThemeAggregates.BURSTS}) {
            timed("write " + name, () -> {
                var w = tables.get(name).write().mode(SaveMode.Overwrite);
                (name.equals(ThemeAggregates.MONTHLY) ? w.partitionBy("year") : w)
                        .parquet(out.resolve(name).toString());
                return null;
            });
        }
        System.out.printf("rows: cables %d, cable_themes %d, theme_monthly %d, theme_bursts %d%n", cables.count(),
                themes.count(), spark.read().parquet(out.resolve(ThemeAggregates.MONTHLY).toString()).count(),
                spark.read().parquet(out.resolve(ThemeAggregates.BURSTS).toString()).count());
        spark.stop();
    }

    private static Dataset<Row> cables(SparkSession spark, long n) {
        return spark.range(n).selectExpr("id", "concat('B', id) AS refid",
                        "concat('Embassy P', pmod(hash(id, 1), 53)) AS origin",
                        "2003 + pmod(hash(id, 2), 8) AS year", "1 + pmod(hash(id, 3), 12) AS month",
                        "1 + pmod(hash(id, 4), 28) AS day")
                .selectExpr("refid", "origin", "make_timestamp(year, month, day, 9, 0, 0) AS dtg", "year", "month",
                        "id");
    }

    private static Dataset<Row> cableThemes(Dataset<Row> cables) {
        String burst = "(t = 0 AND year = 2007 AND month = 5)";
        return cables.withColumn("t", expr("explode(sequence(0, 11))"))
                .filter(expr("pmod(hash(id, t, 5), 100) < CASE WHEN " + burst + " THEN 20 ELSE 4 END"))
                .selectExpr("refid", "concat('theme', t) AS theme", "2.0D AS hits",
                        "1.0D + pmod(hash(id, t, 6), 100) / 100.0D AS text_score", "false AS tag_signal",
                        "array(2, 3) AS paragraphs",
                        "array(named_struct('paragraph', 2, 'term', concat('term', pmod(hash(id, t, 7), 20))), "
                                + "named_struct('paragraph', 3, 'term', concat('term', pmod(hash(id, t, 8), 20)))) "
                                + "AS evidence");
    }

    /** CPU time of the whole JVM (all threads): the machine is shared, so wall time alone overstates. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Dataset<Row> count(Dataset<Row> df) {
        df.count();
        return df;
    }

    private static <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        T result = work.get();
        System.out.printf("%-45s %7.1f s wall %7.1f s CPU%n", step, (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9);
        return result;
    }
}
