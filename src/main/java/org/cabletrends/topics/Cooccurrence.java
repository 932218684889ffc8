package org.cabletrends.topics;

import java.io.Serializable;

/**
 * Document frequencies of the top words and of the pairs of words that share a topic: the only counts NPMI and UMass
 * need. Only within-topic pairs are counted (k · top² / 2 numbers, not the square of the vocabulary), so the cost
 * per document is its present top words plus the pairs among them that share a topic. Mutable, for one aggregation;
 * Spark serializes an empty one per partition and {@link #merge}s them.
 */
final class Cooccurrence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int width;
    private long documents;
    /** By word index. */
    private final long[] df;
    /** By topic: documents with the words at ranks a < b, at a * width + b. */
    private final long[][] pairs;
    /** Per-document scratch: ranks present by topic, and which topics were touched. */
    private transient int[][] ranks;
    private transient int[] rankCount;
    private transient int[] touched;

    Cooccurrence(TopWords words) {
        this.width = words.width();
        this.df = new long[words.size()];
        this.pairs = new long[words.topics().size()][width * width];
    }

    /** Counts one document given its {@link TopWords#present present} top words. */
    Cooccurrence add(int[] present, TopWords words) {
        documents++;
        if (ranks == null) {
            ranks = new int[pairs.length][width];
            rankCount = new int[pairs.length];
            touched = new int[pairs.length];
        }
        int nTouched = 0;
        for (int w : present) {
            df[w]++;
            for (int place : words.places(w)) {
                int t = place / width;
                if (rankCount[t] == 0) {
                    touched[nTouched++] = t;
                }
                ranks[t][rankCount[t]++] = place % width;
            }
        }
        for (int i = 0; i < nTouched; i++) {
            int t = touched[i];
            countPairs(pairs[t], ranks[t], rankCount[t]);
            rankCount[t] = 0;
        }
        return this;
    }

    private void countPairs(long[] topicPairs, int[] r, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                topicPairs[Math.min(r[i], r[j]) * width + Math.max(r[i], r[j])]++;
            }
        }
    }

    /** Adds {@code other}'s counts into this one. */
    Cooccurrence merge(Cooccurrence other) {
        documents += other.documents;
        for (int w = 0; w < df.length; w++) {
            df[w] += other.df[w];
        }
        for (int t = 0; t < pairs.length; t++) {
            for (int p = 0; p < pairs[t].length; p++) {
                pairs[t][p] += other.pairs[t][p];
            }
        }
        return this;
    }

    long documents() {
        return documents;
    }

    long df(int word) {
        return word < 0 ? 0 : df[word];
    }

    /** Documents containing the words at ranks {@code a != b} of topic {@code t}. */
    long pair(int t, int a, int b) {
        return pairs[t][Math.min(a, b) * width + Math.max(a, b)];
    }
}
