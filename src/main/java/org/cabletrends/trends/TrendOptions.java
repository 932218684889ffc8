package org.cabletrends.trends;

import org.cabletrends.config.ThemeSettings;
import org.cabletrends.themes.ThemeMatcher;

/**
 * Settings of the theme aggregates and bursts.
 *
 * @param detectionThreshold a cable talks about a theme when its {@code text_score} ≥ this
 * @param minCables          cells with fewer cables (of the post in the period) are flagged {@code small_count}
 * @param trailingPeriods    length of the trailing window of the z-score (12: months, or years in the yearly table)
 * @param minTrailing        least number of trailing periods with data for a z-score
 * @param topTerms           rising and falling terms ranked per theme and period
 * @param burstRate          Kleinberg's s: the burst state's rate is s times the base rate
 * @param burstGamma         Kleinberg's γ: entering the burst state costs γ·ln n
 * @param evidenceCables     evidence cables kept per burst (highest text_score first)
 * @param minPostThemeCables least theme cables of a post's series over all months for a per-post burst search
 */
public record TrendOptions(double detectionThreshold, int minCables, int trailingPeriods, int minTrailing,
                           int topTerms, double burstRate, double burstGamma, int evidenceCables,
                           int minPostThemeCables) {

    public TrendOptions {
        positive("min_cables", minCables);
        positive("trailing_periods", trailingPeriods);
        positive("top_terms", topTerms);
        positive("evidence_cables", evidenceCables);
        if (minTrailing < 2 || minTrailing > trailingPeriods) {
            throw new IllegalArgumentException("Invalid min_trailing: " + minTrailing + " (expected 2.."
                    + trailingPeriods + ")");
        }
        if (minPostThemeCables < 0 || Double.isNaN(detectionThreshold)) {
            throw new IllegalArgumentException("Invalid min_post_theme_cables or detection_threshold: "
                    + minPostThemeCables + ", " + detectionThreshold);
        }
        new KleinbergBursts(burstRate, burstGamma); // validates s and γ
    }

    /**
     * Defaults: a cable talks about a theme when the text detects it (text_score ≥
     * {@link ThemeMatcher#DETECTION_THRESHOLD}, 0.5; text_score is below 1); small cells below 20 cables; z-score over the trailing
     * 12 periods with at least 6; 10 rising/falling terms; s = 2, γ = 2 (γ = 1, Kleinberg's example, lets a
     * one-month fluke through in about one flat 96-month series of 20); 5 evidence cables; per-post burst search
     * for series with at least 20 theme cables.
     */
    public static TrendOptions defaults() {
        return new TrendOptions(ThemeMatcher.DETECTION_THRESHOLD, 20, 12, 6, 10, 2.0, 2.0, 5, 20);
    }

    /** The defaults with the configured threshold, small-count minimum and burst parameters. */
    public static TrendOptions of(ThemeSettings s) {
        TrendOptions d = defaults();
        return new TrendOptions(s.threshold(), s.minCables(), d.trailingPeriods, d.minTrailing, d.topTerms,
                s.burstRate(), s.burstGamma(), d.evidenceCables, d.minPostThemeCables);
    }

    public TrendOptions withDetectionThreshold(double t) {
        return new TrendOptions(t, minCables, trailingPeriods, minTrailing, topTerms, burstRate, burstGamma,
                evidenceCables, minPostThemeCables);
    }

    public TrendOptions withMinCables(int n) {
        return new TrendOptions(detectionThreshold, n, trailingPeriods, minTrailing, topTerms, burstRate, burstGamma,
                evidenceCables, minPostThemeCables);
    }

    public TrendOptions withMinTrailing(int n) {
        return new TrendOptions(detectionThreshold, minCables, trailingPeriods, n, topTerms, burstRate, burstGamma,
                evidenceCables, minPostThemeCables);
    }

    public TrendOptions withTopTerms(int n) {
        return new TrendOptions(detectionThreshold, minCables, trailingPeriods, minTrailing, n, burstRate, burstGamma,
                evidenceCables, minPostThemeCables);
    }

    public KleinbergBursts detector() {
        return new KleinbergBursts(burstRate, burstGamma);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("Invalid " + name + ": " + value + " (expected ≥ 1)");
        }
    }
}
