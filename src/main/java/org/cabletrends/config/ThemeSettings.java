package org.cabletrends.config;

import static org.cabletrends.config.CablesConfig.invalid;
import static org.cabletrends.config.CablesOptions.*;

import java.util.Map;

/**
 * Settings of the themes stage (part of {@link CablesConfig}).
 *
 * @param themesFile a themes JSON file, or empty for the bundled definitions
 * @param threshold  text_score at which a cable counts as talking about a theme
 * @param minCables  trend cells with fewer cables are flagged small_count
 * @param burstRate  Kleinberg's s
 * @param burstGamma Kleinberg's γ
 */
public record ThemeSettings(String themesFile, double threshold, int minCables, double burstRate, double burstGamma) {

    public ThemeSettings {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw invalid(THEME_THRESHOLD, Double.toString(threshold), "must be a positive number");
        }
        if (minCables < 1) {
            throw invalid(TREND_MIN_CABLES, Integer.toString(minCables), "must be at least 1");
        }
        if (!(burstRate > 1) || Double.isInfinite(burstRate)) {
            throw invalid(BURST_RATE, Double.toString(burstRate), "must be greater than 1");
        }
        if (!(burstGamma > 0) || Double.isInfinite(burstGamma)) {
            throw invalid(BURST_GAMMA, Double.toString(burstGamma), "must be a positive number");
        }
    }

    static ThemeSettings from(Map<String, String> v) {
        return new ThemeSettings(v.get(THEMES_FILE).trim(),
                CablesConfig.parseDouble(THEME_THRESHOLD, v.get(THEME_THRESHOLD)),
                CablesConfig.parseInt(TREND_MIN_CABLES, v.get(TREND_MIN_CABLES)),
                CablesConfig.parseDouble(BURST_RATE, v.get(BURST_RATE)),
                CablesConfig.parseDouble(BURST_GAMMA, v.get(BURST_GAMMA)));
    }

    void putInto(Map<String, Object> m) {
        m.put(THEMES_FILE, themesFile);
        m.put(THEME_THRESHOLD, threshold);
        m.put(TREND_MIN_CABLES, minCables);
        m.put(BURST_RATE, burstRate);
        m.put(BURST_GAMMA, burstGamma);
    }
}
