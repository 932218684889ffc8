package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
