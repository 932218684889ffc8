package org.cabletrends.topics.gibbs;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a sweep over one block (or, merged, over all blocks) changed and measured: the word–topic count changes as a
 * sparse vector sorted by index {@code w * k + t}, the change of tokens per topic, and on the sweeps that ask for
 * them the document part of the log-likelihood and MALLET's histograms for α optimisation
 * ({@code docLengths[n]} = documents of n tokens, {@code topicDocCounts[t][n]} = documents with n tokens in t).
 */
record SweepStats(int[] deltaIndex, int[] deltaValue, int[] topicDelta, double docLogLikelihood, int[] docLengths,
        int[][] topicDocCounts) implements Serializable {

    boolean hasHistograms() {
        return docLengths != null;
    }

    /** The two blocks' changes added up; histograms and log-likelihood parts kept when both have them. */
    static SweepStats merge(SweepStats a, SweepStats b) {
        int[][] sparse = mergeSparse(a.deltaIndex, a.deltaValue, b.deltaIndex, b.deltaValue);
        int[] topics = a.topicDelta.clone();
        for (int t = 0; t < topics.length; t++) {
            topics[t] += b.topicDelta[t];
        }
        int[] lengths = null;
        int[][] topicDocs = null;
        if (a.hasHistograms() && b.hasHistograms()) {
            lengths = addHistograms(a.docLengths, b.docLengths);
            topicDocs = new int[topics.length][];
            for (int t = 0; t < topics.length; t++) {
                topicDocs[t] = addHistograms(a.topicDocCounts[t], b.topicDocCounts[t]);
            }
        }
        return new SweepStats(sparse[0], sparse[1], topics, a.docLogLikelihood + b.docLogLikelihood, lengths,
                topicDocs);
    }

    private static int[][] mergeSparse(int[] ia, int[] va, int[] ib, int[] vb) {
        int[] index = new int[ia.length + ib.length];
        int[] value = new int[index.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ia.length || j < ib.length) {
            int x = i < ia.length ? ia[i] : Integer.MAX_VALUE;
            int y = j < ib.length ? ib[j] : Integer.MAX_VALUE;
            int idx = Math.min(x, y);
            int v = (x == idx ? va[i++] : 0) + (y == idx ? vb[j++] : 0);
            if (v != 0) {
                index[n] = idx;
                value[n++] = v;
            }
        }
        return new int[][] {Arrays.copyOf(index, n), Arrays.copyOf(value, n)};
    }

    private static int[] addHistograms(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
        int[] other = a.length >= b.length ? b : a;
        for (int i = 0; i < other.length; i++) {
            out[i] += other[i];
        }
        return out;
    }
}
