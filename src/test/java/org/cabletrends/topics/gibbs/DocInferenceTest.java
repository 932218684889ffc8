package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Inference against a fixed model: the posterior mean mixture of a small document, by enumeration. */
class DocInferenceTest {
    private static final int K = 3;
    private static final int VOCAB = 4;
    /** Word–topic counts (w * K + t): word 0 mostly topic 0, word 1 topic 1, word 2 topic 2, word 3 never seen. */
    private static final int[] COUNTS = {30, 2, 1, 1, 25, 3, 2, 2, 40, 0, 0, 0};
    private static final double[] ALPHA = {0.2, 0.5, 0.3};
    private static final double BETA = 0.05;

    @Test
    void averagedMixtureConvergesToThePosteriorMean() {
        int[] words = {0, 0, 1, 2, 0};
        double[] sampled = model().infer(words, 42, 200_000, 10, 1);
        double[] exact = exactMeanMixture(words);
        for (int t = 0; t < K; t++) {
            assertThat(sampled[t]).isCloseTo(exact[t], within(0.005));
        }
    }

    @Test
    void unseenWordsAreSkippedAndAnEmptyDocumentGetsTheNormalisedPrior() {
        double[] empty = model().infer(new int[] {3, 3, 9}, 1, 20, 5, 5);
        double sum = Arrays.stream(ALPHA).sum();
        for (int t = 0; t < K; t++) {
            assertThat(empty[t]).isCloseTo(ALPHA[t] / sum, within(1e-12));
        }
    }

    @Test
    void theSameSeedGivesTheSameMixture() {
        int[] words = {0, 1, 1, 2};
        assertThat(model().infer(words, 9, 50, 10, 5)).containsExactly(model().infer(words, 9, 50, 10, 5));
    }

    private static DocInference model() {
        return new TopicCounts(K, VOCAB, COUNTS, totals(), ALPHA, BETA).inference();
    }

    private static int[] totals() {
        int[] n = new int[K];
        for (int i = 0; i < COUNTS.length; i++) {
            n[i % K] += COUNTS[i];
        }
        return n;
    }

    /** E[(α_t + n_dt) / (Σα + n)] under p(z | w, Φ) ∝ Π_t Γ(α_t + n_dt) Π_i φ_{z_i w_i}. */
    private static double[] exactMeanMixture(int[] words) {
        int[] n = totals();
        double alphaSum = Arrays.stream(ALPHA).sum();
        double[] mean = new double[K];
        double norm = 0;
        int states = (int) Math.pow(K, words.length);
        for (int s = 0; s < states; s++) {
            int[] ndt = new int[K];
            double p = 1;
            for (int i = 0, x = s; i < words.length; i++, x /= K) {
                int t = x % K;
                ndt[t]++;
                p *= (COUNTS[words[i] * K + t] + BETA) / (n[t] + VOCAB * BETA);
            }
            for (int t = 0; t < K; t++) {
                p *= Math.exp(Dirichlet.logGamma(ALPHA[t] + ndt[t]) - Dirichlet.logGamma(ALPHA[t]));
            }
            norm += p;
            for (int t = 0; t < K; t++) {
                mean[t] += p * (ALPHA[t] + ndt[t]) / (alphaSum + words.length);
            }
        }
        for (int t = 0; t < K; t++) {
            mean[t] /= norm;
        }
        return mean;
    }
}
