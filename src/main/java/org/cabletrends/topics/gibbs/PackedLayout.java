package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * The word–topic counts as MALLET keeps them (SparseLDA, Yao, Mimno and McCallum 2009): for each word a segment of
 * one int array holding {@code count << bits | topic} for its non-zero topics, sorted by count descending (so a scan
 * of a word's topics meets the likely ones first and stops at the first 0). A word's segment has room for
 * min(k, its corpus frequency) entries, which no assignment can exceed. This class holds the segment layout (fixed
 * for a run) and the operations on an array laid out by it; the arrays themselves travel separately.
 */
final class PackedLayout implements Serializable {
    private static final long serialVersionUID = 1L;

    final int k;
    final int bits;
    final int mask;
    final int vocabSize;
    /** Segment of word w: [start[w], start[w + 1]). */
    final int[] start;

    private PackedLayout(int k, int[] start) {
        this.k = k;
        this.bits = topicBits(k);
        this.mask = (1 << bits) - 1;
        this.vocabSize = start.length - 1;
        this.start = start;
    }

    /** The layout for words of the given corpus frequencies; fails when a count could overflow its bits. */
    static PackedLayout of(int k, long[] wordFrequency) {
        int bits = topicBits(k);
        long max = 0;
        long size = 0;
        int[] start = new int[wordFrequency.length + 1];
        for (int w = 0; w < wordFrequency.length; w++) {
            max = Math.max(max, wordFrequency[w]);
            size += Math.min(k, wordFrequency[w]);
            if (size > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("Cannot lay out " + wordFrequency.length + " words x " + k
                        + " topics in one array");
            }
            start[w + 1] = (int) size;
        }
        if (max >= 1L << (31 - bits)) {
            throw new IllegalArgumentException("Cannot count " + max + " tokens of one word with k = " + k
                    + " (at most " + ((1L << (31 - bits)) - 1) + ")");
        }
        return new PackedLayout(k, start);
    }

    /** Bits for a topic id: enough for k - 1 (MALLET rounds k up to a power of two the same way). */
    static int topicBits(int k) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, k - 1));
    }

    int size() {
        return start[vocabSize];
    }

    /** The packed array of the given dense counts (dense[w * k + t]). */
    int[] pack(int[] dense) {
        int[] packed = new int[size()];
        for (int w = 0; w < vocabSize; w++) {
            packWord(dense, w, packed);
        }
        return packed;
    }

    /** Rewrites word w's segment of {@code packed} from its row of the dense counts. */
    void packWord(int[] dense, int w, int[] packed) {
        int from = start[w];
        int to = start[w + 1];
        int n = from;
        int row = w * k;
        for (int t = 0; t < k; t++) {
            int c = dense[row + t];
            if (c > 0) {
                int e = (c << bits) | t;
                int p = n++;
                while (p > from && packed[p - 1] < e) {
                    packed[p] = packed[p - 1];
                    p--;
                }
                packed[p] = e;
            }
        }
        java.util.Arrays.fill(packed, n, to, 0);
    }

    /** Adds word w's counts in {@code packed} to row w of {@code dense}, times {@code sign}. */
    void addWord(int[] packed, int w, int sign, int[] dense, int row) {
        for (int j = start[w], end = start[w + 1]; j < end; j++) {
            int e = packed[j];
            if (e == 0) {
                return;
            }
            dense[row + (e & mask)] += sign * (e >>> bits);
        }
    }

    /** One token of word w leaves topic t: its entry loses 1 and moves right past larger entries. */
    void decrement(int[] packed, int w, int t) {
        int p = start[w];
        while ((packed[p] & mask) != t || packed[p] == 0) {
            p++;
        }
        int e = packed[p] - (1 << bits);
        int last = start[w + 1] - 1;
        if (e < (1 << bits)) {
            e = 0;
        }
        while (p < last && packed[p + 1] > e) {
            packed[p] = packed[p + 1];
            p++;
        }
        packed[p] = e;
    }

    /** One token of word w joins topic t: its entry (or the first free one) gains 1 and moves left. */
    void increment(int[] packed, int w, int t) {
        int from = start[w];
        int p = from;
        while (packed[p] != 0 && (packed[p] & mask) != t) {
            p++;
        }
        int e = packed[p] == 0 ? (1 << bits) | t : packed[p] + (1 << bits);
        while (p > from && packed[p - 1] < e) {
            packed[p] = packed[p - 1];
            p--;
        }
        packed[p] = e;
    }
}
