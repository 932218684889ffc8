package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WilsonTest {
    private static final double Z = 1.959963984540054;

    @Test
    void noneOfTwenty() {
        // k = 0: low 0, high z²/(n + z²)
        Wilson.Interval i = Wilson.of(0, 20);
        assertEquals(0.0, i.low(), 1e-12);
        assertEquals(Z * Z / (20 + Z * Z), i.high(), 1e-12);
        assertEquals(0.16113, i.high(), 1e-5);
    }

    @Test
    void halfOfTwenty() {
        // symmetric around 0.5: 0.5 ± z/(1 + z²/n) · sqrt(0.25/n + z²/4n²)
        Wilson.Interval i = Wilson.of(10, 20);
        double half = Z / (1 + Z * Z / 20) * Math.sqrt(0.25 / 20 + Z * Z / 1600);
        assertEquals(0.5 - half, i.low(), 1e-12);
        assertEquals(0.5 + half, i.high(), 1e-12);
        assertEquals(0.29930, i.low(), 1e-5);
        assertEquals(0.70070, i.high(), 1e-5);
    }

    @Test
    void allOfTwenty() {
        Wilson.Interval i = Wilson.of(20, 20);
        assertEquals(20 / (20 + Z * Z), i.low(), 1e-12);
        assertEquals(0.83887, i.low(), 1e-5);
        assertEquals(1.0, i.high(), 1e-12);
    }

    @Test
    void invalidShareRejected() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(3, 2));
    }
}
