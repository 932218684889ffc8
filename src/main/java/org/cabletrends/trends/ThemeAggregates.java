package org.cabletrends.trends;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Theme aggregates and bursts over the {@code cables} table and a per-cable theme table ({@code cable_themes},
 * {@link TrendSchemas#CABLE_THEMES}). A cable talks about a theme when its text_score ≥
 * {@link TrendOptions#detectionThreshold()}. Usage:
 * {@code ThemeAggregates.of(spark, options).writeTo(runDir).execute(cables, cableThemes)}.
 */
public final class ThemeAggregates {
    public static final String MONTHLY = "theme_monthly";
    public static final String YEARLY = "theme_yearly";
    public static final String KEYWORDS = "theme_keywords";
    public static final String BURSTS = "theme_bursts";

    private final SparkSession spark;
    private final TrendOptions options;
    /** Where the tables go: a local path or any Hadoop URI; null = not written. */
    private final String runDir;

    private ThemeAggregates(SparkSession spark, TrendOptions options, String runDir) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.options = Objects.requireNonNull(options, "options");
        this.runDir = runDir;
    }

    public static ThemeAggregates of(SparkSession spark, TrendOptions options) {
        return new ThemeAggregates(spark, options, null);
    }

    /** Also write the four tables as Parquet under {@code dir} (overwriting them). */
    public ThemeAggregates writeTo(Path dir) {
        return writeTo(Objects.requireNonNull(dir, "dir").toString());
    }

    /** The same for a directory given as a Hadoop path or URI (such as a stage's {@code _tmp-themes} folder). */
    public ThemeAggregates writeTo(String dir) {
        return new ThemeAggregates(spark, options, Objects.requireNonNull(dir, "dir"));
    }

    public ThemeTrends execute(Dataset<Row> cables, Dataset<Row> cableThemes) {
        Dataset<Row> talking = ThemeCells.talking(cableThemes, options.detectionThreshold());
        // The cables are read once and the talking rows joined to them once; the month and year levels are
        // projections of these two small caches.
        Dataset<Row> periods = ThemeCells.periods(cables).cache();
        Dataset<Row> talkingPeriods = ThemeCells.joined(talking, periods).cache();
        Dataset<Row> themes = ThemeCells.themes(spark, cableThemes);
        Dataset<Row> monthBase = ThemeCells.base(periods, true);
        Dataset<Row> yearBase = ThemeCells.base(periods, false);
        Dataset<Row> monthTalking = ThemeCells.base(talkingPeriods, true);
        Dataset<Row> yearTalking = ThemeCells.base(talkingPeriods, false);
        Dataset<Row> monthCells = ThemeCells.cells(monthBase, themes, monthTalking, List.of("year", "month",
                ThemeCells.IDX)).cache();
        Dataset<Row> monthly = ThemeCells.metrics(monthCells, options, 12, true);
        Dataset<Row> yearly = ThemeCells.metrics(ThemeCells.cells(yearBase, themes, yearTalking,
                List.of("year", ThemeCells.IDX)), options, 1, false);
        Dataset<Row> keywords = ThemeKeywords.of(monthBase, monthTalking, true, options.topTerms())
                .unionByName(ThemeKeywords.of(yearBase, yearTalking, false, options.topTerms()));
        Dataset<Row> bursts = BurstDetection.of(spark, monthCells, monthBase, monthTalking, options);
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(MONTHLY, TrendSchemas.conform(monthly, TrendSchemas.THEME_MONTHLY));
        tables.put(YEARLY, TrendSchemas.conform(yearly, TrendSchemas.THEME_YEARLY));
        tables.put(KEYWORDS, TrendSchemas.conform(keywords, TrendSchemas.THEME_KEYWORDS));
        tables.put(BURSTS, TrendSchemas.conform(bursts, TrendSchemas.THEME_BURSTS));
        return runDir == null ? new ThemeTrends(tables.get(MONTHLY), tables.get(YEARLY), tables.get(KEYWORDS),
                tables.get(BURSTS), Map.of()) : write(tables, List.of(periods, talkingPeriods, monthCells));
    }

    /** Writes the tables, then drops the intermediate caches: the returned tables are read from the files. */
    private ThemeTrends write(Map<String, Dataset<Row>> tables, List<Dataset<Row>> cached) {
        Map<String, String> paths = new LinkedHashMap<>();
        tables.forEach((name, df) -> {
            String path = new org.apache.hadoop.fs.Path(runDir, name).toString();
            var writer = df.write().mode(SaveMode.Overwrite);
            (MONTHLY.equals(name) ? writer.partitionBy("year") : writer).parquet(path);
            paths.put(name, path);
        });
        cached.forEach(Dataset::unpersist);
        return new ThemeTrends(read(paths.get(MONTHLY), TrendSchemas.THEME_MONTHLY),
                read(paths.get(YEARLY), TrendSchemas.THEME_YEARLY),
                read(paths.get(KEYWORDS), TrendSchemas.THEME_KEYWORDS),
                read(paths.get(BURSTS), TrendSchemas.THEME_BURSTS), paths);
    }

    private Dataset<Row> read(String path, StructType schema) {
        // Partition discovery moves `year` last; restore the documented column order.
        return TrendSchemas.conform(spark.read().parquet(path), schema).select(col("*"));
    }
}
