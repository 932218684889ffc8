package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.cabletrends.synth.Burst;
import org.cabletrends.synth.CableTruth;
import org.cabletrends.synth.FormMix;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;

/**
 * The burst detector against the synthetic generator's planted bursts. cable_themes is built from the ground truth
 * (text_score 1 for every planted theme), which isolates the detector from the theme scorer. Matching rule: a
 * planted burst is recalled when a detected burst has its theme, its post (null = all posts) and an overlapping
 * month range; a detected burst is correct when a planted one has its theme, an overlapping range and the same post,
 * or either of the two is all-posts (a planted all-posts burst raises the rate at every post, and a burst at a busy
 * post raises the all-posts rate).
 */
class PlantedBurstRecoverySparkTest {
    /** Detected or planted: theme, post (null = all posts), month range. */
    record Span(String theme, String post, YearMonth start, YearMonth end) {
        boolean overlaps(Span o) {
            return theme.equals(o.theme) && !start.isAfter(o.end) && !o.start.isAfter(end);
        }
    }

    @Test
    void plantedBurstsAreRecoveredWithHighPrecision() {
        SparkSession spark = SparkTestSession.get();
        SynthOptions options = new SynthOptions(11L, 40_000, 2008, 2009, FormMix.DEFAULT, 0.0, 0.05, 0.04, 8, 12,
                5.0);
        SyntheticCorpus corpus = new SyntheticCorpus(options);
        List<Row> cables = new ArrayList<>();
        List<Row> themes = new ArrayList<>();
        corpus.forEach(c -> add(c.truths(), cables, themes));
        ThemeTrends trends = ThemeAggregates.of(spark, TrendOptions.defaults()).execute(
                spark.createDataFrame(cables, TrendFixtures.CABLES),
                spark.createDataFrame(themes, TrendSchemas.CABLE_THEMES));
        List<Span> planted = corpus.bursts().stream().map(PlantedBurstRecoverySparkTest::span).toList();
        List<Span> found = trends.bursts().collectAsList().stream().map(r -> new Span(r.getString(0),
                r.getString(1), YearMonth.parse(r.getString(2)), YearMonth.parse(r.getString(3)))).toList();
        long recalled = planted.stream().filter(p -> found.stream().anyMatch(f -> f.overlaps(p)
                && Objects.equals(f.post, p.post))).count();
        long correct = found.stream().filter(f -> planted.stream().anyMatch(p -> f.overlaps(p)
                && (p.post == null || f.post == null || p.post.equals(f.post)))).count();
        String report = "planted " + planted + "\nfound " + found;
        assertTrue(recalled >= 0.9 * planted.size(), "recall " + recalled + "/" + planted.size() + "\n" + report);
        assertTrue(correct >= 0.9 * found.size(), "precision " + correct + "/" + found.size() + "\n" + report);
    }

    private static Span span(Burst b) {
        return new Span(b.theme().id(), b.post() == null ? null : b.post().origin(), b.start(), b.end());
    }

    private static void add(CableTruth t, List<Row> cables, List<Row> themes) {
        var utc = t.dtg().atZone(ZoneOffset.UTC);
        cables.add(RowFactory.create(t.refid(), t.post().origin(), Timestamp.from(t.dtg()), utc.getYear(),
                utc.getMonthValue()));
        for (CableTruth.ThemeTruth theme : t.themes()) {
            List<Row> evidence = theme.paragraphs().stream().map(p -> RowFactory.create(p, theme.theme().id()))
                    .toList();
            themes.add(RowFactory.create(t.refid(), theme.theme().id(), (double) evidence.size(), 1.0, theme.tagged(),
                    theme.paragraphs(), evidence));
        }
    }
}
