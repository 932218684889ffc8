package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JensenShannonTest {
    /** JSD by the entropy identity H(m) − (H(p) + H(q)) / 2, an independent way to the same number. */
    private static double entropyForm(double[] p, double[] q) {
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = (p[i] + q[i]) / 2;
        }
        return entropy(m) - (entropy(p) + entropy(q)) / 2;
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            h -= x > 0 ? x * Math.log(x) / Math.log(2) : 0;
        }
        return h;
    }

    @Test
    void boundsAndTheEntropyIdentity() {
        assertThat(JensenShannon.distance(new double[] {0.2, 0.8}, new double[] {0.2, 0.8})).isZero();
        assertThat(JensenShannon.distance(new double[] {1, 0, 0}, new double[] {0, 0.5, 0.5})).isEqualTo(1.0);
        Random random = new Random(3);
        for (int n = 0; n < 50; n++) {
            double[] p = TopicFixtures.peaked(random, 40);
            double[] q = TopicFixtures.peaked(random, 40);
            assertThat(JensenShannon.divergence(p, q)).isCloseTo(entropyForm(p, q), within(1e-12))
                    .isEqualTo(JensenShannon.divergence(q, p));
        }
    }

    @Test
    void sharedMassGivesTheDivergenceOfTheRest() {
        // (1 − s)·c + s·a against (1 − s)·c + s·b with a, b, c on disjoint words: JSD = s bits.
        for (double s : new double[] {0.1, 0.25, 0.6}) {
            double[] p = {(1 - s) / 2, (1 - s) / 2, s, 0};
            double[] q = {(1 - s) / 2, (1 - s) / 2, 0, s};
            assertThat(JensenShannon.divergence(p, q)).isCloseTo(s, within(1e-12));
        }
    }

    @Test
    void distanceIsAMetricOnRandomTriples() {
        Random random = new Random(5);
        for (int n = 0; n < 200; n++) {
            double[] a = TopicFixtures.peaked(random, 12);
            double[] b = TopicFixtures.peaked(random, 12);
            double[] c = TopicFixtures.peaked(random, 12);
            assertThat(JensenShannon.distance(a, c))
                    .isLessThanOrEqualTo(JensenShannon.distance(a, b) + JensenShannon.distance(b, c) + 1e-12);
        }
    }

    @Test
    void termMapsAreNormalizedOverTheUnionVocabulary() {
        Map<String, Double> p = new LinkedHashMap<>(Map.of("x", 2.0, "y", 6.0));
        Map<String, Double> q = new HashMap<>(Map.of("z", 1.0, "y", 3.0, "w", 0.0));
        // union order w, x, y, z
        double expected = JensenShannon.distance(new double[] {0, 0.25, 0.75, 0}, new double[] {0, 0, 0.75, 0.25});
        assertThat(JensenShannon.distance(p, q)).isEqualTo(expected);
        assertThat(JensenShannon.distance(q, p)).isEqualTo(expected);
        assertThat(JensenShannon.distance(p, Map.of("x", 20.0, "y", 60.0))).isZero();
    }

    @Test
    void invalidWeightsAreRejected() {
        assertThatThrownBy(() -> JensenShannon.distance(Map.of("x", -1.0), Map.of("x", 1.0)))
                .hasMessageStartingWith("Invalid weight -1.0 of term 'x'");
        assertThatThrownBy(() -> JensenShannon.distance(Map.of("x", 1.0), Map.of("x", 0.0)))
                .hasMessageStartingWith("Invalid weights of q: total 0.0");
        assertThatThrownBy(() -> JensenShannon.distance(Map.of("x", Double.NaN), Map.of("x", 1.0)))
                .hasMessageStartingWith("Invalid weight NaN");
        assertThatThrownBy(() -> JensenShannon.divergence(new double[2], new double[3]))
                .hasMessageStartingWith("Invalid distributions");
    }
}
