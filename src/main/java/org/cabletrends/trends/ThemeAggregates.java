package org.cabletrends.trends;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Collects the cables' periods and {@code cable_themes} once (two Spark jobs), computes the four tables on the
     * driver and returns them as local DataFrames (written first when a directory was given).
     */
    public ThemeTrends execute(Dataset<Row> cables, Dataset<Row> cableThemes) {
        TrendInput in = TrendInput.collect(cables, cableThemes, options.detectionThreshold());
        List<ThemeCells.Cell> monthCells = ThemeCells.cells(in, true);
        List<Row> keywords = new ArrayList<>(ThemeKeywords.rows(in, true, options.topTerms()));
        keywords.addAll(ThemeKeywords.rows(in, false, options.topTerms()));
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(MONTHLY, local(CellMetrics.rows(monthCells, options, true), TrendSchemas.THEME_MONTHLY));
        tables.put(YEARLY, local(CellMetrics.rows(ThemeCells.cells(in, false), options, false),
                TrendSchemas.THEME_YEARLY));
        tables.put(KEYWORDS, local(keywords, TrendSchemas.THEME_KEYWORDS));
        tables.put(BURSTS, local(BurstDetection.rows(monthCells, in, options), TrendSchemas.THEME_BURSTS));
        return new ThemeTrends(tables.get(MONTHLY), tables.get(YEARLY), tables.get(KEYWORDS), tables.get(BURSTS),
                runDir == null ? Map.of() : write(tables));
    }

    private Dataset<Row> local(List<Row> rows, StructType schema) {
        return spark.createDataFrame(rows, schema);
    }

    /** Writes the tables (theme_monthly partitioned by year); returns table name → path. */
    private Map<String, String> write(Map<String, Dataset<Row>> tables) {
        Map<String, String> paths = new LinkedHashMap<>();
        tables.forEach((name, df) -> {
            String path = new org.apache.hadoop.fs.Path(runDir, name).toString();
            var writer = df.write().mode(SaveMode.Overwrite);
            (MONTHLY.equals(name) ? writer.partitionBy("year") : writer).parquet(path);
            paths.put(name, path);
        });
        return paths;
    }
}
