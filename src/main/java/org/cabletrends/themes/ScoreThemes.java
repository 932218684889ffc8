package org.cabletrends.themes;

import static org.apache.spark.sql.functions.col;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.ingest.IngestSchemas;
import org.cabletrends.ingest.StageDirectory;
import org.cabletrends.ingest.Stages;
import org.cabletrends.trends.ThemeAggregates;
import org.cabletrends.trends.ThemeTrends;
import org.cabletrends.trends.TrendOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action: the themes stage of an ingested run. Reads {@code <run>/cables} and {@code <run>/paragraphs}, scores every
 * cable against the themes file, aggregates the scores into trends and bursts, and writes the six tables and a
 * manifest to {@code <run>/themes} (docs/SCHEMAS.md), atomically: a re-run replaces the folder whole. The stage
 * commits only when every cable of the run was scored exactly once.
 */
public final class ScoreThemes {
    public static final String STAGE = "themes";
    public static final String CABLE_THEMES = "cable_themes";
    public static final String PARAGRAPH_THEMES = "paragraph_themes";
    /** Tables in the order they are written and listed in the manifest. */
    public static final List<String> TABLES = List.of(CABLE_THEMES, PARAGRAPH_THEMES, ThemeAggregates.MONTHLY,
            ThemeAggregates.YEARLY, ThemeAggregates.KEYWORDS, ThemeAggregates.BURSTS);
    private static final Logger LOG = LoggerFactory.getLogger(ScoreThemes.class);
    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    private static final String MAX_SPLIT = "spark.sql.files.maxPartitionBytes";

    private final SparkSession spark;
    private final CablesConfig config;
    private final Clock clock;

    private ScoreThemes(SparkSession spark, CablesConfig config, Clock clock) {
        this.spark = spark;
        this.config = config;
        this.clock = clock;
    }

    public static ScoreThemes of(SparkSession spark, CablesConfig config) {
        return new ScoreThemes(spark, config, Clock.systemUTC());
    }

    public ThemesResult execute() throws Exception {
        config.requireRunDir();
        Instant started = clock.instant();
        ThemesFile themes = ThemesFile.load(config.themes().themesFile());
        StageDirectory dir = StageDirectory.open(spark.sparkContext().hadoopConfiguration(), config.runDir(), STAGE);
        List<String> set = partitioning();
        try {
            return stages(dir, themes, started);
        } catch (Exception | Error e) {
            dir.abandon();
            throw e;
        } finally {
            set.forEach(spark.conf()::unset);
        }
    }

    /**
     * After matching every shuffle carries small rows, and Spark's default of 200 shuffle partitions costs far more
     * in tasks than it buys: a cached shuffle result keeps its 200 partitions (adaptive execution does not coalesce
     * it), and each later stage then runs 200 tasks. Two per core instead, unless configured.
     */
    private List<String> partitioning() {
        return setUnlessConfigured(SHUFFLE_PARTITIONS,
                Integer.toString(2 * Math.max(1, spark.sparkContext().defaultParallelism())));
    }

    /** Sets a session option unless it was set explicitly; returns the keys set (to unset afterwards). */
    private List<String> setUnlessConfigured(String key, String value) {
        if (spark.sessionState().conf().contains(key)) {
            return List.of();
        }
        spark.conf().set(key, value);
        return List.of(key);
    }

    private ThemesResult stages(StageDirectory dir, ThemesFile themes, Instant started) throws Exception {
        Stages stages = new Stages(LOG);
        Dataset<Row> cables = spark.read().schema(IngestSchemas.CABLES_SCHEMA).parquet(dir.run(IngestSchemas.CABLES));
        Dataset<Row> paragraphs = spark.read().schema(IngestSchemas.PARAGRAPHS_SCHEMA)
                .parquet(dir.run(IngestSchemas.PARAGRAPHS));
        long cableRows = stages.run("read", cables::count, n -> "cables=" + n);
        Map<String, Long> rows = new LinkedHashMap<>();
        long scored = stages.run("score", () -> score(cables, paragraphs, themes.json(), dir, rows),
                n -> "cables_scored=" + n + " " + counts(rows));
        TrendOptions options = TrendOptions.of(config.themes());
        stages.run("aggregate", () -> aggregate(cables, dir, options, rows), t -> counts(rows));
        String problem = scored == cableRows ? null
                : "Invalid reconciliation: " + cableRows + " cables in the run but " + scored + " scored";
        if (problem != null) {
            LOG.error("{}", problem);
            dir.abandon();
            return result(dir.run(), null, problem, cableRows, scored, rows, stages, themes, started);
        }
        String committed = stages.run("commit", () -> {
            ThemesResult draft = result(dir.run(), dir.run(STAGE), null, cableRows, scored, rows, stages,
                    themes, started);
            dir.write("manifest.json", ThemesManifest.json(draft, config, options, themes, spark.version()));
            return dir.commit();
        }, p -> "themes_dir=" + p);
        return result(dir.run(), committed, null, cableRows, scored, rows, stages, themes, started);
    }

    /**
     * Matches every part once, grouped per cable and cached (small rows), then writes both score tables from the
     * cache; returns the number of cables scored. Text is read in splits of at most 16 MB (unless configured) so that
     * both cores stay busy to the end of the matching pass.
     */
    private long score(Dataset<Row> cables, Dataset<Row> paragraphs, String json, StageDirectory dir,
                       Map<String, Long> rows) {
        List<String> set = setUnlessConfigured(MAX_SPLIT, "16m");
        Dataset<Row> grouped = ThemeScores.grouped(ThemeScores.parts(cables, paragraphs, json))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long scored;
        Dataset<Row> perCable;
        try {
            scored = grouped.count();
            perCable = ThemeScores.withBodies(grouped, ThemeScores.localBodyParts(cables, grouped, json));
        } finally {
            set.forEach(spark.conf()::unset);
        }
        // Sorted within each partition so that the same run gives the same files (shuffle order is not fixed).
        write(ThemeScores.paragraphThemes(perCable).sortWithinPartitions("refid", "number", "theme", "hits", "terms"),
                dir.tmp(PARAGRAPH_THEMES));
        write(ThemeScores.cableThemes(perCable, json).sortWithinPartitions("refid", "theme"), dir.tmp(CABLE_THEMES));
        grouped.unpersist();
        for (String t : List.of(CABLE_THEMES, PARAGRAPH_THEMES)) {
            rows.put(t, spark.read().parquet(dir.tmp(t)).count());
        }
        return scored;
    }

    private ThemeTrends aggregate(Dataset<Row> cables, StageDirectory dir, TrendOptions options,
                                  Map<String, Long> rows) {
        Dataset<Row> cableThemes = spark.read().schema(ThemeScores.SCHEMA).parquet(dir.tmp(CABLE_THEMES));
        ThemeTrends t = ThemeAggregates.of(spark, options).writeTo(dir.tmp())
                .execute(cables.select(col("refid"), col("origin"), col("year"), col("month")), cableThemes);
        rows.put(ThemeAggregates.MONTHLY, t.monthly().count());
        rows.put(ThemeAggregates.YEARLY, t.yearly().count());
        rows.put(ThemeAggregates.KEYWORDS, t.keywords().count());
        rows.put(ThemeAggregates.BURSTS, t.bursts().count());
        return t;
    }

    private static void write(Dataset<Row> df, String path) {
        df.write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    private static String counts(Map<String, Long> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach((t, n) -> s.append(s.length() == 0 ? "" : " ").append(t).append('=').append(n));
        return s.toString();
    }

    private ThemesResult result(String runDir, String themesDir, String problem, long cables, long scored,
                                Map<String, Long> rows, Stages stages, ThemesFile themes, Instant started) {
        return new ThemesResult(runDir, themesDir, problem == null ? ThemesResult.Status.OK
                : ThemesResult.Status.FAILED, problem, cables, scored, rows, stages.seconds(), stages.cpuSeconds(),
                themes.source(), themes.sha256(), started, clock.instant());
    }
}
