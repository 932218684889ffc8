package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * Topic distributions of new documents by Gibbs sampling against a fixed model, as MALLET's {@code TopicInferencer}:
 * each token starts in its word's most frequent topic, only the document's own counts change, and after burn-in
 * every thinning-th sweep adds α + n_d· to the result, which is normalised at the end. Words the model never saw
 * are skipped. The same buckets as training (s, r, q): a token costs its word's topics plus, rarely, a walk over k.
 */
final class DocInference implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PackedLayout layout;
    private final int[] packed;
    private final double[] alpha;
    private final double beta;
    /** 1 / (n_t + Vβ), fixed. */
    private final double[] inv;
    /** β Σ_t α_t / (n_t + Vβ), fixed. */
    private final double smoothing;

    DocInference(PackedLayout layout, int[] packed, int[] topicTotals, double[] alpha, double beta) {
        this.layout = layout;
        this.packed = packed;
        this.alpha = alpha;
        this.beta = beta;
        this.inv = new double[layout.k];
        double s = 0;
        for (int t = 0; t < layout.k; t++) {
            inv[t] = 1.0 / (topicTotals[t] + beta * layout.vocabSize);
            s += alpha[t] * inv[t];
        }
        this.smoothing = beta * s;
    }

    /** The document's topic distribution (length k, sums to 1); deterministic for the given seed. */
    double[] infer(int[] documentWords, long seed, int iterations, int burnIn, int thinning) {
        int k = layout.k;
        int[] words = knownWords(documentWords);
        int[] topics = new int[words.length];
        int[] ndk = new int[k];
        for (int i = 0; i < words.length; i++) {
            topics[i] = packed[layout.start[words[i]]] & layout.mask;
            ndk[topics[i]]++;
        }
        double[] result = new double[k];
        double[] scores = new double[k];
        Rng rng = new Rng(seed);
        double r = 0;
        for (int t = 0; t < k; t++) {
            r += beta * ndk[t] * inv[t];
        }
        boolean sampled = false;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            for (int i = 0; i < words.length; i++) {
                int o = topics[i];
                ndk[o]--;
                r -= beta * inv[o];
                int t = sample(words[i], ndk, r, scores, rng);
                topics[i] = t;
                ndk[t]++;
                r += beta * inv[t];
            }
            if (iteration > burnIn && (iteration - burnIn) % thinning == 0) {
                addSample(result, ndk);
                sampled = true;
            }
        }
        if (!sampled) {
            addSample(result, ndk);
        }
        double sum = 0;
        for (double v : result) {
            sum += v;
        }
        for (int t = 0; t < k; t++) {
            result[t] /= sum;
        }
        return result;
    }

    private void addSample(double[] result, int[] ndk) {
        for (int t = 0; t < result.length; t++) {
            result[t] += alpha[t] + ndk[t];
        }
    }

    private int[] knownWords(int[] words) {
        int n = 0;
        int[] known = new int[words.length];
        for (int w : words) {
            if (w < layout.vocabSize && layout.start[w] < layout.start[w + 1]) {
                known[n++] = w;
            }
        }
        return n == words.length ? known : java.util.Arrays.copyOf(known, n);
    }

    /** p(t) ∝ (α_t + n_dt)(n_wt + β)/(n_t + Vβ), with this token already out of n_d·. */
    private int sample(int w, int[] ndk, double r, double[] scores, Rng rng) {
        int from = layout.start[w];
        int end = layout.start[w + 1];
        double q = 0;
        int n = 0;
        for (int j = from; j < end && packed[j] != 0; j++) {
            int t = packed[j] & layout.mask;
            scores[n] = (alpha[t] + ndk[t]) * inv[t] * (packed[j] >>> layout.bits);
            q += scores[n++];
        }
        // The r and s buckets hold little mass (β and α are small), so their O(k) walks are rare.
        double u = rng.nextDouble() * (smoothing + r + q);
        if (u < q) {
            int j = 0;
            while (j < n - 1 && u >= scores[j]) {
                u -= scores[j++];
            }
            return packed[from + j] & layout.mask;
        }
        u = (u - q) / beta;
        double rb = r / beta;
        int last = ndk.length - 1;
        if (u < rb) {
            for (int t = 0; t < ndk.length; t++) {
                u -= ndk[t] * inv[t];
                if (ndk[t] > 0 && u < 0) {
                    return t;
                }
            }
            return last;
        }
        u -= rb;
        for (int t = 0; t < last; t++) {
            u -= alpha[t] * inv[t];
            if (u < 0) {
                return t;
            }
        }
        return last;
    }
}
