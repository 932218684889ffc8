package org.cabletrends.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KleinbergBurstsTest {
    // gamma 2 (the default of TrendOptions): with gamma 1 a one-month fluke in ~1 of 20 flat 96-month series passes.
    private final KleinbergBursts detector = new KleinbergBursts(2.0, 2.0);

    /** Binomial draws: rate 0.05 everywhere, times {@code factor} in [from, to]. */
    private static long[][] series(int n, long d, int from, int to, double factor, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] r = new long[n];
        long[] tot = new long[n];
        for (int t = 0; t < n; t++) {
            tot[t] = d;
            double p = t >= from && t <= to ? 0.05 * factor : 0.05;
            for (int i = 0; i < d; i++) {
                r[t] += rng.nextDouble() < p ? 1 : 0;
            }
        }
        return new long[][] {r, tot};
    }

    @Test
    void plantedBurstFoundWithItsStartAndEnd() {
        long[][] s = series(60, 400, 30, 33, 4.0, 11);
        List<KleinbergBursts.Interval> bursts = detector.detect(s[0], s[1]);
        assertEquals(1, bursts.size(), bursts.toString());
        assertEquals(30, bursts.get(0).start());
        assertEquals(33, bursts.get(0).end());
        assertTrue(bursts.get(0).weight() > 0);
    }

    @Test
    void flatSeriesHasNoBurst() {
        for (long seed = 1; seed <= 50; seed++) {
            long[][] s = series(96, 300, 0, -1, 1.0, seed);
            assertEquals(List.of(), detector.detect(s[0], s[1]), "seed " + seed);
        }
    }

    @Test
    void exactlyConstantShareHasNoBurst() {
        long[] r = new long[24];
        long[] d = new long[24];
        Arrays.fill(r, 5);
        Arrays.fill(d, 100);
        assertEquals(List.of(), detector.detect(r, d));
    }

    @Test
    void weightIsTheSumOfCostDifferences() {
        long[] r = {1, 1, 1, 20, 25, 1, 1, 1};
        long[] d = {100, 100, 100, 100, 100, 100, 100, 100};
        List<KleinbergBursts.Interval> bursts = detector.detect(r, d);
        assertEquals(1, bursts.size());
        double p0 = 51.0 / 800;
        double expected = 0;
        for (int t = 3; t <= 4; t++) {
            expected += KleinbergBursts.cost(p0, r[t], d[t]) - KleinbergBursts.cost(2 * p0, r[t], d[t]);
        }
        assertEquals(new KleinbergBursts.Interval(3, 4, expected), bursts.get(0));
    }

    @Test
    void deterministic() {
        long[][] s = series(120, 250, 70, 72, 3.0, 5);
        assertEquals(detector.detect(s[0], s[1]), detector.detect(s[0].clone(), s[1].clone()));
    }

    @Test
    void higherTransitionCostFindsNoMoreBursts() {
        long[][] s = series(96, 200, 40, 41, 2.5, 3);
        assertTrue(new KleinbergBursts(2.0, 5.0).detect(s[0], s[1]).size()
                <= detector.detect(s[0], s[1]).size());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KleinbergBursts(1.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new KleinbergBursts(2.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> detector.detect(new long[] {3}, new long[] {2}));
        assertThrows(IllegalArgumentException.class, () -> detector.detect(new long[] {1}, new long[] {2, 3}));
    }
}
