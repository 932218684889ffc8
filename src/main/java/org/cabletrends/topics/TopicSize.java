package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Topic size: each topic's share of the corpus, summing to 1. From tokens assigned to each topic (Gibbs counts, or
 * MLlib EM's expected counts), or from document-topic distributions θ weighted by document length:
 * size(t) = Σ_d n_d θ_dt / Σ_d n_d (the expected share of tokens), or unweighted (n_d = 1, the share of documents).
 */
public final class TopicSize {
    private TopicSize() {
    }

    /** Shares of tokens from tokens per topic. */
    public static List<Double> ofTokenCounts(long[] tokensPerTopic) {
        return ofWeights(java.util.Arrays.stream(tokensPerTopic).asDoubleStream().toArray());
    }

    /** Shares of non-negative per-topic weights (expected token counts, summed θ …). */
    public static List<Double> ofWeights(double[] weightPerTopic) {
        double total = 0;
        for (int t = 0; t < weightPerTopic.length; t++) {
            double x = weightPerTopic[t];
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("Invalid weight " + x + " of topic " + t
                        + ": must be finite and non-negative");
            }
            total += x;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("Invalid topic weights: they sum to " + total);
        }
        List<Double> shares = new ArrayList<>();
        for (double x : weightPerTopic) {
            shares.add(x / total);
        }
        return List.copyOf(shares);
    }

    /**
     * Shares from document-topic distributions ({@code theta[d]}, normalized here; an all-zero row counts for
     * nothing) weighted by {@code lengths[d]} tokens, or by 1 each when {@code lengths} is null.
     */
    public static List<Double> ofDocuments(List<double[]> theta, long[] lengths) {
        if (lengths != null && lengths.length != theta.size()) {
            throw new IllegalArgumentException("Invalid document lengths: " + lengths.length + " for "
                    + theta.size() + " documents");
        }
        int k = theta.isEmpty() ? 0 : theta.get(0).length;
        double[] sum = new double[k];
        for (int d = 0; d < theta.size(); d++) {
            add(sum, theta.get(d), lengths == null ? 1 : lengths[d]);
        }
        return ofWeights(sum);
    }

    /** Adds {@code length · θ / Σθ} into {@code sum}; the step {@link TopicSizeSpark} aggregates with. */
    static double[] add(double[] sum, double[] theta, double length) {
        if (theta.length != sum.length) {
            throw new IllegalArgumentException("Invalid topic distribution of " + theta.length + " topics, expected "
                    + sum.length);
        }
        double total = 0;
        for (double x : theta) {
            total += x;
        }
        if (total > 0) {
            for (int t = 0; t < sum.length; t++) {
                sum[t] += length * theta[t] / total;
            }
        }
        return sum;
    }
}
