package org.cabletrends.trends;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAggregatesSparkTest {
    private static final String ALPHA = "Embassy Alpha";
    private static final String BETA = "Embassy Beta";
    private static SparkSession spark;
    private static ThemeTrends trends;
    @TempDir
    static Path runDir;

    /** Alpha protest cables in a month: 1 + month % 3, and 20 in the planted burst 2009-03..04. */
    static int alphaProtest(int year, int month) {
        return year == 2009 && (month == 3 || month == 4) ? 20 : 1 + month % 3;
    }

    @BeforeAll
    static void run() {
        spark = SparkTestSession.get();
        TrendFixtures f = new TrendFixtures();
        for (int year = 2007; year <= 2009; year++) {
            for (int month = 1; month <= 12; month++) {
                boolean burst = alphaProtest(year, month) == 20;
                f.month(ALPHA, year, month, 40, "protest", alphaProtest(year, month), 1,
                        burst ? new String[] {"protest", "riot police"} : new String[] {"protest"});
                f.month(BETA, year, month, 10, "housing", month % 2 == 0 ? 1 : 0, 1, "housing");
            }
        }
        trends = ThemeAggregates.of(spark, TrendOptions.defaults()).writeTo(runDir)
                .execute(f.cables(spark), f.cableThemes(spark));
    }

    private static Row monthly(String post, String theme, int year, int month) {
        Dataset<Row> m = trends.monthly().filter(col("theme").equalTo(theme).and(col("year").equalTo(year))
                .and(col("month").equalTo(month)));
        m = post == null ? m.filter(col("post").isNull()) : m.filter(col("post").equalTo(post));
        List<Row> rows = m.collectAsList();
        assertEquals(1, rows.size(), post + " " + theme + " " + year + "-" + month);
        return rows.get(0);
    }

    @Test
    void zeroCellsArePresent() {
        Row r = monthly(BETA, "protest", 2008, 5);
        assertEquals(10L, r.<Long>getAs("cables"));
        assertEquals(0L, r.<Long>getAs("theme_cables"));
        assertEquals(0.0, r.<Double>getAs("share"));
        assertEquals(0L, monthly(BETA, "housing", 2008, 5).<Long>getAs("theme_cables")); // odd month: weak only
        // 2 posts x 2 themes x 36 months, plus the all-posts rows
        assertEquals(3 * 36 * 2, trends.monthly().count());
    }

    @Test
    void weakScoresDoNotCount() {
        Row r = monthly(BETA, "housing", 2008, 6);
        assertEquals(1L, r.<Long>getAs("theme_cables"));
        assertEquals(2L, r.<Long>getAs("paragraphs"));
        assertEquals(1.0, r.<Double>getAs("hits"));
    }

    @Test
    void wilsonBoundsMatchTheFormula() {
        for (Row r : trends.monthly().collectAsList()) {
            Wilson.Interval w = Wilson.of(r.<Long>getAs("theme_cables"), r.<Long>getAs("cables"));
            assertEquals(w.low(), r.<Double>getAs("share_low"), 1e-12);
            assertEquals(w.high(), r.<Double>getAs("share_high"), 1e-12);
        }
    }

    @Test
    void smallCountIsFlaggedNotDropped() {
        assertTrue(monthly(BETA, "housing", 2008, 6).<Boolean>getAs("small_count"));
        assertFalse(monthly(ALPHA, "protest", 2008, 6).<Boolean>getAs("small_count"));
        assertFalse(monthly(null, "housing", 2008, 6).<Boolean>getAs("small_count"));
    }

    @Test
    void changesAgainstPreviousMonthAndYear() {
        Row r = monthly(ALPHA, "protest", 2009, 3);
        double share = 20 / 40.0;
        assertEquals(share - alphaProtest(2009, 2) / 40.0, r.<Double>getAs("change_prev_month"), 1e-12);
        assertEquals(share - alphaProtest(2008, 3) / 40.0, r.<Double>getAs("change_prev_year"), 1e-12);
        Row first = monthly(ALPHA, "protest", 2007, 1);
        assertNull(first.getAs("change_prev_month"));
        assertNull(first.getAs("change_prev_year"));
        assertNull(monthly(ALPHA, "protest", 2007, 12).getAs("change_prev_year"));
    }

    @Test
    void zScoreAgainstTrailingTwelveMonths() {
        List<Double> trailing = new ArrayList<>();
        for (int m = 3; m <= 14; m++) { // 2008-03 .. 2009-02
            trailing.add(alphaProtest(2008 + (m - 1) / 12, (m - 1) % 12 + 1) / 40.0);
        }
        double mean = trailing.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = trailing.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (trailing.size() - 1);
        double expected = (0.5 - mean) / Math.sqrt(var);
        assertEquals(expected, monthly(ALPHA, "protest", 2009, 3).<Double>getAs("z_score"), 1e-9);
        assertNull(monthly(ALPHA, "protest", 2007, 6).getAs("z_score"), "only 5 trailing months");
        assertNull(monthly(BETA, "protest", 2009, 6).getAs("z_score"), "sd 0");
    }

    @Test
    void allPostsRowsAreTheSumOfThePosts() {
        Dataset<Row> m = trends.monthly();
        Dataset<Row> sums = m.filter(col("post").isNotNull()).groupBy("year", "month", "theme")
                .agg(org.apache.spark.sql.functions.sum("cables").as("c"),
                        org.apache.spark.sql.functions.sum("theme_cables").as("t"));
        Dataset<Row> all = m.filter(col("post").isNull());
        assertEquals(72, all.count());
        assertEquals(0, all.join(sums, scala.jdk.javaapi.CollectionConverters.asScala(
                List.of("year", "month", "theme")).toList()).filter(col("cables").notEqual(col("c"))
                .or(col("theme_cables").notEqual(col("t")))).count());
        Row y = trends.yearly().filter(col("post").isNull().and(col("theme").equalTo("protest"))
                .and(col("year").equalTo(2009))).first();
        assertEquals(600L, y.<Long>getAs("cables"));
        long protest2009 = 0;
        for (int month = 1; month <= 12; month++) {
            protest2009 += alphaProtest(2009, month);
        }
        assertEquals(protest2009, y.<Long>getAs("theme_cables"));
    }

    @Test
    void plantedBurstIsFoundWithEvidence() {
        List<Row> bursts = trends.bursts().collectAsList();
        assertEquals(2, bursts.size(), bursts.toString());
        for (Row b : bursts) {
            assertEquals("protest", b.getAs("theme"));
            assertEquals("2009-03", b.getAs("start_month"));
            assertEquals("2009-04", b.getAs("end_month"));
            assertEquals(40L, b.<Long>getAs("theme_cables"));
            List<Row> evidence = b.getList(b.fieldIndex("evidence"));
            assertEquals(5, evidence.size());
            assertEquals(1.519, evidence.get(0).<Double>getAs("text_score"), 1e-12);
            assertEquals(List.of(2, 3), evidence.get(0).getList(1));
        }
        assertNull(bursts.get(0).getAs("post"));
        assertEquals(ALPHA, bursts.get(1).getAs("post"));
    }

    @Test
    void risingTermOfTheBurstMonth() {
        Row r = trends.keywords().filter(col("level").equalTo("month").and(col("year").equalTo(2009))
                .and(col("month").equalTo(3)).and(col("term").equalTo("riot police"))).first();
        assertEquals(20L, r.<Long>getAs("count"));
        assertEquals(0L, r.<Long>getAs("previous_count"));
        assertEquals(Math.log(21), r.<Double>getAs("log_ratio"), 1e-12);
        assertEquals(1, r.<Integer>getAs("rising_rank"));
        Row gone = trends.keywords().filter(col("level").equalTo("month").and(col("year").equalTo(2009))
                .and(col("month").equalTo(5)).and(col("term").equalTo("riot police"))).first();
        assertEquals(0L, gone.<Long>getAs("count"));
        assertEquals(1, gone.<Integer>getAs("falling_rank"));
        assertNull(trends.keywords().filter(col("level").equalTo("year").and(col("year").equalTo(2007)))
                .first().getAs("log_ratio"));
    }

    @Test
    void tablesAreWrittenWithTheDocumentedSchemas() {
        assertTrue(Files.isDirectory(runDir.resolve("theme_monthly/year=2008")));
        assertEquals(TrendSchemas.THEME_MONTHLY.simpleString(), trends.monthly().schema().simpleString());
        assertEquals(TrendSchemas.THEME_YEARLY.simpleString(), trends.yearly().schema().simpleString());
        assertEquals(TrendSchemas.THEME_KEYWORDS.simpleString(), trends.keywords().schema().simpleString());
        assertEquals(TrendSchemas.THEME_BURSTS.simpleString(), trends.bursts().schema().simpleString());
        assertEquals(4, trends.paths().size());
    }
}
