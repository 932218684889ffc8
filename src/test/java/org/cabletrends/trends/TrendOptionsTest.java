package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.ThemeSettings;
import org.cabletrends.themes.ThemeMatcher;
import org.junit.jupiter.api.Test;

class TrendOptionsTest {
    @Test
    void withersChangeOneValue() {
        TrendOptions o = TrendOptions.defaults().withMinCables(5).withDetectionThreshold(0.25);
        assertEquals(5, o.minCables());
        assertEquals(0.25, o.detectionThreshold());
        assertEquals(TrendOptions.defaults().trailingPeriods(), o.trailingPeriods());
    }

    @Test
    void configuredSettingsBecomeTheOptionsAndTheDefaultsAgree() {
        CablesConfig defaults = CablesConfig.resolve(Map.of(), Map.of(), Map.of(), Clock.systemUTC());
        assertEquals(TrendOptions.defaults(), TrendOptions.of(defaults.themes()));
        assertEquals(ThemeMatcher.DETECTION_THRESHOLD, TrendOptions.defaults().detectionThreshold());
        TrendOptions o = TrendOptions.of(new ThemeSettings("", 0.7, 5, 3.0, 1.5));
        assertEquals(new TrendOptions(0.7, 5, 12, 6, 10, 3.0, 1.5, 5, 20), o);
    }

    @Test
    void invalidValuesNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrendOptions.defaults().withMinCables(0));
        assertTrue(e.getMessage().startsWith("Invalid min_cables: 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrendOptions.defaults().withMinTrailing(13));
        assertThrows(IllegalArgumentException.class, () -> TrendOptions.defaults().withMinTrailing(1));
        assertThrows(IllegalArgumentException.class, () -> TrendOptions.defaults().withTopTerms(0));
        assertThrows(IllegalArgumentException.class, () -> TrendOptions.defaults().withDetectionThreshold(Double.NaN));
    }
}
