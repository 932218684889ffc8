package org.cabletrends.topics.gibbs;

import java.util.Arrays;

/**
 * The driver's copy of the global counts: word–topic counts dense (index w * k + t, for merging changes) and packed
 * (for the snapshot), tokens per topic. Each merge writes a new packed array, so a broadcast snapshot never changes.
 */
final class GlobalCounts {
    private final int k;
    private final int vocabSize;
    private final PackedLayout layout;
    private final int[] dense;
    private final int[] topicTotals;
    private final long tokens;
    private int[] packed;

    private GlobalCounts(int k, int vocabSize, PackedLayout layout, int[] dense, int[] topicTotals, long tokens) {
        this.k = k;
        this.vocabSize = vocabSize;
        this.layout = layout;
        this.dense = dense;
        this.topicTotals = topicTotals;
        this.tokens = tokens;
        this.packed = layout.pack(dense);
    }

    /** The counts of the initial assignments (given as changes from nothing). */
    static GlobalCounts of(int k, int vocabSize, SweepStats initial) {
        int[] dense = new int[vocabSize * k];
        long[] frequency = new long[vocabSize];
        for (int i = 0; i < initial.deltaIndex().length; i++) {
            dense[initial.deltaIndex()[i]] += initial.deltaValue()[i];
            frequency[initial.deltaIndex()[i] / k] += initial.deltaValue()[i];
        }
        long tokens = 0;
        for (int t : initial.topicDelta()) {
            tokens += t;
        }
        return new GlobalCounts(k, vocabSize, PackedLayout.of(k, frequency), dense, initial.topicDelta().clone(),
                tokens);
    }

    PackedLayout layout() {
        return layout;
    }

    long tokens() {
        return tokens;
    }

    int[] dense() {
        return dense.clone();
    }

    int[] topicTotals() {
        return topicTotals.clone();
    }

    Snapshot snapshot(double[] alpha, double beta) {
        return new Snapshot(packed, topicTotals.clone(), alpha.clone(), beta);
    }

    /** Adds one sweep's merged changes; the words they touch get their packed segments rewritten. */
    void apply(SweepStats stats) {
        int[] next = packed.clone();
        int[] index = stats.deltaIndex();
        int lastWord = -1;
        for (int i = 0; i < index.length; i++) {
            dense[index[i]] += stats.deltaValue()[i];
            int w = index[i] / k;
            if (w != lastWord) {
                if (lastWord >= 0) {
                    layout.packWord(dense, lastWord, next);
                }
                lastWord = w;
            }
        }
        if (lastWord >= 0) {
            layout.packWord(dense, lastWord, next);
        }
        for (int t = 0; t < k; t++) {
            topicTotals[t] += stats.topicDelta()[t];
        }
        packed = next;
    }

    /**
     * The word part of the log-likelihood (MALLET's modelLogLikelihood): Σ_t [log Γ(Vβ) − log Γ(Vβ + n_t)] +
     * Σ_{w,t: n_wt > 0} [log Γ(β + n_wt) − log Γ(β)].
     */
    double wordLogLikelihood(double beta) {
        double ll = 0;
        int nonZero = 0;
        for (int c : dense) {
            if (c > 0) {
                ll += Dirichlet.logGamma(beta + c);
                nonZero++;
            }
        }
        ll -= nonZero * Dirichlet.logGamma(beta);
        double betaSum = beta * vocabSize;
        for (int t = 0; t < k; t++) {
            ll += Dirichlet.logGamma(betaSum) - Dirichlet.logGamma(betaSum + topicTotals[t]);
        }
        return ll;
    }

    /** β re-estimated from the word–topic count histogram and the topic sizes (MALLET's optimizeBeta). */
    double optimizeBeta(double beta) {
        int max = 0;
        for (int c : dense) {
            max = Math.max(max, c);
        }
        int[] countHistogram = new int[max + 1];
        for (int c : dense) {
            if (c > 0) {
                countHistogram[c]++;
            }
        }
        int[] topicSizes = new int[Arrays.stream(topicTotals).max().orElse(0) + 1];
        for (int n : topicTotals) {
            topicSizes[n]++;
        }
        double betaSum = Dirichlet.learnSymmetricConcentration(countHistogram, topicSizes, vocabSize,
                beta * vocabSize);
        return betaSum / vocabSize;
    }
}
