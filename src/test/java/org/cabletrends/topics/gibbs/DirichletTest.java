package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** log Γ, ψ and the two Dirichlet estimators on data drawn from known priors. */
class DirichletTest {
    @Test
    void logGammaAndDigammaMatchKnownValues() {
        assertThat(Dirichlet.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-9));
        assertThat(Dirichlet.logGamma(1)).isCloseTo(0, within(1e-9));
        assertThat(Dirichlet.logGamma(10)).isCloseTo(Math.log(362880), within(1e-9));
        assertThat(Dirichlet.logGamma(0.01)).isCloseTo(4.599479878, within(1e-8));
        double euler = 0.5772156649015329;
        assertThat(Dirichlet.digamma(1)).isCloseTo(-euler, within(1e-10));
        assertThat(Dirichlet.digamma(0.5)).isCloseTo(-euler - 2 * Math.log(2), within(1e-10));
        assertThat(Dirichlet.digamma(100)).isCloseTo(4.600161852738087, within(1e-10));
    }

    @Test
    void asymmetricAlphaIsRecoveredFromDocumentTopicHistograms() {
        double[] truth = {0.05, 0.2, 0.5, 1.0};
        int docs = 20_000;
        int length = 60;
        int[][] histograms = new int[truth.length][length + 1];
        int[] lengths = new int[length + 1];
        Random random = new Random(3);
        for (int d = 0; d < docs; d++) {
            int[] counts = multinomial(dirichlet(truth, random), length, random);
            lengths[length]++;
            for (int t = 0; t < truth.length; t++) {
                histograms[t][counts[t]]++;
            }
        }
        double[] alpha = new double[truth.length];
        Arrays.fill(alpha, 1.0);
        double sum = Dirichlet.learnParameters(alpha, histograms, lengths, 1.001, 1e6, 300);
        assertThat(sum).isCloseTo(Arrays.stream(truth).sum(), within(0.1));
        for (int t = 0; t < truth.length; t++) {
            assertThat(alpha[t]).isCloseTo(truth[t], within(0.1 * truth[t] + 0.01));
        }
    }

    @Test
    void symmetricConcentrationIsRecoveredFromCellHistograms() {
        int dimensions = 50;
        double truth = 0.1 * dimensions;
        int observations = 2_000;
        int length = 200;
        int[] counts = new int[length + 1];
        int[] lengths = new int[length + 1];
        Random random = new Random(5);
        double[] prior = new double[dimensions];
        Arrays.fill(prior, truth / dimensions);
        for (int o = 0; o < observations; o++) {
            for (int c : multinomial(dirichlet(prior, random), length, random)) {
                if (c > 0) {
                    counts[c]++;
                }
            }
            lengths[length]++;
        }
        double estimate = Dirichlet.learnSymmetricConcentration(counts, lengths, dimensions, 50.0);
        assertThat(estimate).isCloseTo(truth, within(0.1 * truth));
    }

    static double[] dirichlet(double[] alpha, Random random) {
        double[] x = new double[alpha.length];
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            x[i] = gamma(alpha[i], random);
            sum += x[i];
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= sum;
        }
        return x;
    }

    /** Marsaglia–Tsang, with the boost for shape < 1. */
    static double gamma(double shape, Random random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static int[] multinomial(double[] p, int n, Random random) {
        int[] counts = new int[p.length];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int j = 0;
            while (j < p.length - 1 && u >= p[j]) {
                u -= p[j++];
            }
            counts[j]++;
        }
        return counts;
    }
}
