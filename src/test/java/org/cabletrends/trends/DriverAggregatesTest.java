package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The driver-side aggregates (cells, metrics, keywords, bursts) on hand-built input, without Spark. */
class DriverAggregatesTest {
    private static final String ALPHA = "Embassy Alpha";
    private static final String BETA = "Embassy Beta";

    private static TrendInput.Talking talking(String refid, String theme, String post, int year, Integer month,
                                              double hits, double score, String... terms) {
        return new TrendInput.Talking(refid, theme, post, year, month, hits, score, List.of(2, 3), List.of(terms));
    }

    /** Alpha: 4 cables in 2008-01 (2 on protest), 2 in 2008-02, 1 with a year only; Beta: 3 in 2008-01. */
    private static TrendInput input() {
        List<TrendInput.CablePeriod> periods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            periods.add(new TrendInput.CablePeriod("a1-" + i, ALPHA, 2008, 1));
        }
        periods.add(new TrendInput.CablePeriod("a2-0", ALPHA, 2008, 2));
        periods.add(new TrendInput.CablePeriod("a2-1", ALPHA, 2008, 2));
        periods.add(new TrendInput.CablePeriod("a0", ALPHA, 2008, null));
        for (int i = 0; i < 3; i++) {
            periods.add(new TrendInput.CablePeriod("b1-" + i, BETA, 2008, 1));
        }
        List<TrendInput.Talking> talking = List.of(
                talking("a1-0", "protest", ALPHA, 2008, 1, 1.5, 0.9, "protest", "riot"),
                talking("a1-1", "protest", ALPHA, 2008, 1, 0.5, 0.6, "protest"),
                talking("a2-0", "protest", ALPHA, 2008, 2, 1.0, 0.7, "strike"),
                talking("a0", "protest", ALPHA, 2008, null, 1.0, 0.8, "strike"),
                talking("b1-0", "protest", BETA, 2008, 1, 0.25, 0.55, "protest"));
        return TrendInput.of(List.of("housing", "protest"), periods, talking);
    }

    private static ThemeCells.Cell cell(List<ThemeCells.Cell> cells, String post, String theme, int index) {
        return cells.stream().filter(c -> java.util.Objects.equals(c.post(), post) && c.theme().equals(theme)
                && c.period().index() == index).findFirst().orElseThrow();
    }

    @Test
    void cellsCrossEveryPostPeriodWithEveryThemeAndSumAllPosts() {
        List<ThemeCells.Cell> monthly = ThemeCells.cells(input(), true);
        // Periods 2008-01 (Alpha, Beta, all) and 2008-02 (Alpha, all), two themes each.
        assertEquals(2 * (3 + 2), monthly.size());
        int jan = 2008 * 12;
        ThemeCells.Cell zero = cell(monthly, BETA, "housing", jan);
        assertEquals(3L, zero.cables());
        assertEquals(0L, zero.themeCables());
        ThemeCells.Cell all = cell(monthly, null, "protest", jan);
        assertEquals(7L, all.cables());
        assertEquals(3L, all.themeCables());
        assertEquals(6L, all.paragraphs());
        assertEquals(2.25, all.hits());
        ThemeCells.Cell year = cell(ThemeCells.cells(input(), false), ALPHA, "protest", 2008);
        assertEquals(7L, year.cables(), "the cable without a month counts in its year");
        assertEquals(4L, year.themeCables());
    }

    @Test
    void zScoreIsAgainstTheTrailingSampleStandardDeviation() {
        TreeMap<Integer, Double> trailing = new TreeMap<>(Map.of(1, 0.1, 2, 0.3, 3, 0.2));
        double mean = 0.2;
        double sd = Math.sqrt((0.01 + 0.01 + 0.0) / 2);
        assertEquals((0.5 - mean) / sd, CellMetrics.zScore(trailing, 0.5, 2), 1e-12);
        assertNull(CellMetrics.zScore(trailing, 0.5, 4), "fewer trailing periods than the minimum");
        assertNull(CellMetrics.zScore(new TreeMap<>(Map.of(1, 0.2, 2, 0.2)), 0.5, 2), "sd 0");
        assertEquals(0.5 - 0.3, CellMetrics.change(trailing, 3, 1, 0.5), 1e-12);
        assertNull(CellMetrics.change(trailing, 1, 1, 0.5));
    }

    @Test
    void metricRowsFollowTheMonthlySchema() {
        List<Row> rows = CellMetrics.rows(ThemeCells.cells(input(), true), TrendOptions.defaults(), true);
        Row r = rows.stream().filter(x -> ALPHA.equals(x.get(2)) && "protest".equals(x.get(3))
                && Integer.valueOf(2).equals(x.get(1))).findFirst().orElseThrow();
        assertEquals(TrendSchemas.THEME_MONTHLY.size(), r.size());
        assertEquals(0.5, r.getDouble(8)); // share: 1 of 2
        assertEquals(0.5 - 0.5, r.getDouble(11), 1e-12); // change_prev_month: 2 of 4 in January
        assertTrue(r.getBoolean(14), "small count");
    }

    @Test
    void keywordsRiseAndFallAgainstThePreviousPeriod() {
        List<Row> rows = ThemeKeywords.rows(input(), true, 10);
        Row strike = find(rows, 2, "strike");
        assertEquals(1L, strike.getLong(5));
        assertEquals(0L, strike.getLong(6));
        assertEquals(Math.log(2), strike.getDouble(7), 1e-12);
        assertEquals(1, strike.getInt(8));
        Row protest = find(rows, 2, "protest");
        assertEquals(0L, protest.getLong(5));
        assertEquals(3L, protest.getLong(6));
        assertEquals(1, protest.getInt(9), "falling first: the largest drop");
        assertNull(find(rows, 1, "riot").get(7), "no previous period with cables");
    }

    private static Row find(List<Row> rows, int month, String term) {
        return rows.stream().filter(r -> Integer.valueOf(month).equals(r.get(2)) && term.equals(r.get(4)))
                .findFirst().orElseThrow();
    }

    @Test
    void ranksBreakTiesByCountThenTerm() {
        Period p = Period.of(2008, 1, true);
        List<ThemeKeywords.Term> terms = ThemeKeywords.terms(Map.of("b", 1L, "a", 1L, "c", 3L), Map.of("c", 1L),
                true);
        List<Row> rows = ThemeKeywords.ranked(p, true, "t", terms, 2);
        // ln(4/2) = ln 2 for a and b (1 / 0) and c (3 / 1): c has the higher count; a before b by term.
        assertEquals(java.util.Arrays.asList(2, null, 1), rows.stream().map(r -> (Integer) r.get(8)).toList());
    }

    @Test
    void burstSeriesNeedEnoughThemeCablesPerPost() {
        List<ThemeCells.Cell> cells = ThemeCells.cells(input(), true);
        int jan = 2008 * 12;
        Map<BurstDetection.Key, long[][]> series = BurstDetection.series(cells, jan, jan + 1, 2);
        assertEquals(List.of(new BurstDetection.Key("protest", null), new BurstDetection.Key("protest", ALPHA)),
                List.copyOf(series.keySet()));
        assertEquals(List.of(3L, 1L), java.util.Arrays.stream(series.get(List.copyOf(series.keySet()).get(0))[0])
                .boxed().toList());
    }

    @Test
    void burstEvidenceIsTheBestScoredCablesInside() {
        int jan = 2008 * 12;
        BurstDetection.Found f = new BurstDetection.Found(new BurstDetection.Key("protest", null), jan, jan, 1.0,
                3, 7);
        List<Row> evidence = BurstDetection.evidence(f, input().talking(), 2);
        assertEquals(List.of("a1-0", "a1-1"), evidence.stream().map(r -> r.getString(0)).toList());
        BurstDetection.Found none = new BurstDetection.Found(new BurstDetection.Key("housing", null), jan, jan, 1.0,
                0, 7);
        assertNull(BurstDetection.evidence(none, input().talking(), 2));
    }

    @Test
    void stringsAreOrderedByCodePointAsSparkDoes() {
        String supplementary = new String(Character.toChars(0x1F600));
        assertTrue(TrendKeys.compareCodePoints("\uFB01", supplementary) < 0);
        assertTrue("\uFB01".compareTo(supplementary) > 0, "String.compareTo orders by UTF-16 unit");
        assertTrue(TrendKeys.compareCodePoints("ab", "abc") < 0);
        assertEquals(0, TrendKeys.compareCodePoints("ab", "ab"));
        assertEquals("2009-03", Period.monthOf(Period.of(2009, 3, true).index()));
    }
}
