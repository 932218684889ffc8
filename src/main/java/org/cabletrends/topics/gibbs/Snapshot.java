package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * What one sweep samples against: the global word–topic counts packed by {@link PackedLayout}, tokens per topic and
 * the hyperparameters, as they stood after the previous sweep's merge. Broadcast once per sweep; never mutated
 * (partitions sample against their own copy).
 */
record Snapshot(int[] packed, int[] topicTotals, double[] alpha, double beta) implements Serializable {
    double alphaSum() {
        double sum = 0;
        for (double a : alpha) {
            sum += a;
        }
        return sum;
    }
}
