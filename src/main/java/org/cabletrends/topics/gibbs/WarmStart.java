package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * Initial assignments drawn from an earlier model instead of uniformly: a token of word w starts in topic t with
 * probability p(t | w) ∝ φ_t(w), the earlier model's topic–word probability (topic t of this fit starts as the
 * earlier topic t); a word the earlier model gives no weight (absent from its vocabulary) starts at random. The fit
 * then begins in the earlier model's mode, so a rerun on a grown corpus finds the same topics in the same columns
 * instead of wandering to another local optimum. Deterministic: one draw per token from the partition's stream.
 */
public final class WarmStart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int k;
    private final int vocabSize;
    /** Per word, k running sums of φ_t(w) (index w * k + t); a word whose last sum is 0 is drawn at random. */
    private final double[] cumulative;
    private final int knownWords;

    private WarmStart(int k, int vocabSize, double[] cumulative, int knownWords) {
        this.k = k;
        this.vocabSize = vocabSize;
        this.cumulative = cumulative;
        this.knownWords = knownWords;
    }

    /**
     * @param topicWord {@code [k][vocabSize]} non-negative weights of the earlier topics over this fit's vocabulary
     *                  (any scale per topic; a word with weight 0 in every topic starts at random)
     */
    public static WarmStart of(double[][] topicWord) {
        int k = topicWord.length;
        if (k < 2) {
            throw new IllegalArgumentException("Invalid warm start: " + k + " topics (at least 2)");
        }
        int v = topicWord[0].length;
        double[] cumulative = new double[v * k];
        int known = 0;
        for (int w = 0; w < v; w++) {
            double sum = 0;
            for (int t = 0; t < k; t++) {
                double x = topicWord[t].length == v ? topicWord[t][w] : Double.NaN;
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("Invalid warm start weight " + x + " of word " + w + " in topic "
                            + t + " (finite, >= 0, " + v + " words per topic)");
                }
                sum += x;
                cumulative[w * k + t] = sum;
            }
            known += sum > 0 ? 1 : 0;
        }
        return new WarmStart(k, v, cumulative, known);
    }

    public int k() {
        return k;
    }

    public int vocabSize() {
        return vocabSize;
    }

    /** Words that start from the earlier model (the others start at random). */
    public int knownWords() {
        return knownWords;
    }

    /** The initial topic of a token of word w. */
    int draw(int w, Rng rng) {
        int base = w * k;
        double total = cumulative[base + k - 1];
        if (total <= 0) {
            return rng.nextInt(k);
        }
        double u = rng.nextDouble() * total;
        for (int t = 0; t < k - 1; t++) {
            if (u < cumulative[base + t]) {
                return t;
            }
        }
        return k - 1;
    }
}
