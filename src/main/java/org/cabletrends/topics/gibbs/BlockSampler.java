package org.cabletrends.topics.gibbs;

import java.util.function.IntFunction;

/**
 * One collapsed Gibbs sweep over one block against a snapshot of the global counts (AD-LDA, Newman et al. 2009),
 * with SparseLDA's bucket decomposition (Yao, Mimno and McCallum 2009; MALLET's {@code WorkerRunnable}):
 * p(t) ∝ (α_t + n_dt)(n_wt + β)/(n_t + Vβ) = α_tβ/(n_t + Vβ) [s, all topics] + n_dtβ/(n_t + Vβ) [r, the document's
 * topics] + (α_t + n_dt) n_wt/(n_t + Vβ) [q, the word's topics], so a token costs the number of topics its word and
 * document have, not k. Unlike MALLET the current token is taken out of the counts only virtually (adjusted values
 * for its topic): most tokens keep their topic, and then nothing needs to be written. Not thread-safe: one per task.
 */
final class BlockSampler {
    private final PackedLayout layout;
    private final Snapshot snapshot;
    private final int k;
    private final int bits;
    private final int mask;
    private final int[] start;
    private final int[] packed;
    private final int[] nk;
    private final double[] alpha;
    private final double beta;
    private final double betaSum;
    /** 1 / (n_t + Vβ) and 1 / (n_t - 1 + Vβ), kept current as n_t changes. */
    private final double[] inv;
    private final double[] invLess;
    /** (α_t + n_dt) / (n_t + Vβ) for the current document (α_t / (n_t + Vβ) outside it). */
    private final double[] coef;
    private final int[] ndk;
    private final int[] docTopics;
    private final double[] scores;
    private final long[] touched;
    /** Position of each topic in the cached word's segment (valid for the cached word's topics only). */
    private final int[] position;
    private int cachedWord = -1;
    private int cachedCount;
    private double cachedQ;
    private int docTopicCount;
    private double s;
    private double r;

    BlockSampler(PackedLayout layout, Snapshot snapshot) {
        this.layout = layout;
        this.snapshot = snapshot;
        this.k = layout.k;
        this.bits = layout.bits;
        this.mask = layout.mask;
        this.start = layout.start;
        this.packed = snapshot.packed().clone();
        this.nk = snapshot.topicTotals().clone();
        this.alpha = snapshot.alpha();
        this.beta = snapshot.beta();
        this.betaSum = beta * layout.vocabSize;
        this.inv = new double[k];
        this.invLess = new double[k];
        this.coef = new double[k];
        this.ndk = new int[k];
        this.docTopics = new int[k];
        this.scores = new double[k];
        this.position = new int[k];
        this.touched = new long[(layout.vocabSize + 63) >>> 6];
        for (int t = 0; t < k; t++) {
            setTopicTotal(t, nk[t]);
        }
    }

    /** Samples every token of the block once; returns the new assignments with this sweep's statistics. */
    TopicBlock sweep(DocBlock block, short[] current, Rng rng, boolean histograms, boolean logLikelihood) {
        return sweeps(block, current, sweep -> rng, 1, histograms, logLikelihood);
    }

    /**
     * Samples every token of the block {@code count} times in a row, each sweep against the snapshot plus this
     * block's own changes so far (the other blocks' changes arrive with the next snapshot); returns the assignments
     * with the changes of all of them against the snapshot and the last sweep's statistics. {@code rngOfSweep}
     * gives the generator of sweep 0 … count - 1 (count ≥ 1).
     */
    TopicBlock sweeps(DocBlock block, short[] current, IntFunction<Rng> rngOfSweep, int count, boolean histograms,
            boolean logLikelihood) {
        short[] topics = current.clone();
        DocStatistics docStats = null;
        for (int sweep = 0; sweep < count; sweep++) {
            if (sweep == count - 1) {
                docStats = new DocStatistics(alpha, histograms ? block.maxDocLength() : -1, logLikelihood);
            }
            sample(block, topics, rngOfSweep.apply(sweep), docStats);
        }
        int[][] delta = wordDelta();
        int[] topicDelta = new int[k];
        for (int t = 0; t < k; t++) {
            topicDelta[t] = nk[t] - snapshot.topicTotals()[t];
        }
        return new TopicBlock(topics, new SweepStats(delta[0], delta[1], topicDelta, docStats.logLikelihood(),
                docStats.docLengths(), docStats.topicDocCounts()));
    }

    /** One sweep over the block, in place; {@code docStats} (null but on the last) gathers the documents' figures. */
    private void sample(DocBlock block, short[] topics, Rng rng, DocStatistics docStats) {
        for (int d = 0; d < block.docs(); d++) {
            int from = block.docStart[d];
            int to = block.docStart[d + 1];
            beginDoc(topics, from, to);
            for (int i = from; i < to; i++) {
                sampleToken(block.words, topics, i, rng);
            }
            if (docStats != null) {
                docStats.add(ndk, docTopics, docTopicCount, to - from);
            }
            endDoc();
        }
    }

    private void setTopicTotal(int t, int n) {
        nk[t] = n;
        inv[t] = 1.0 / (n + betaSum);
        invLess[t] = 1.0 / (n - 1 + betaSum);
        coef[t] = (alpha[t] + ndk[t]) * inv[t];
    }

    private void beginDoc(short[] topics, int from, int to) {
        for (int i = from; i < to; i++) {
            ndk[topics[i]]++;
        }
        docTopicCount = 0;
        cachedWord = -1;
        r = 0;
        s = 0;
        for (int t = 0; t < k; t++) {
            s += alpha[t] * inv[t];
            if (ndk[t] > 0) {
                docTopics[docTopicCount++] = t;
                r += ndk[t] * inv[t];
                coef[t] = (alpha[t] + ndk[t]) * inv[t];
            }
        }
        s *= beta;
        r *= beta;
    }

    private void endDoc() {
        for (int j = 0; j < docTopicCount; j++) {
            int t = docTopics[j];
            ndk[t] = 0;
            coef[t] = alpha[t] * inv[t];
        }
    }

    private void sampleToken(int[] words, short[] topics, int i, Rng rng) {
        int w = words[i];
        int o = topics[i];
        int ndO = ndk[o];
        double invO = inv[o];
        double invLessO = invLess[o];
        // The masses with this token taken out of topic o (documents, words and totals).
        double sAdj = s + alpha[o] * beta * (invLessO - invO);
        double rAdj = r + beta * ((ndO - 1) * invLessO - ndO * invO);
        double coefO = (alpha[o] + ndO - 1) * invLessO;
        int from = start[w];
        if (w != cachedWord) {
            cacheWordScores(w, from);
        }
        int jo = position[o];
        double base = scores[jo];
        double adjusted = coefO * ((packed[from + jo] >>> bits) - 1);
        double q = cachedQ - base + adjusted;
        double u = rng.nextDouble() * (sAdj + rAdj + q);
        int nt;
        if (u < q) {
            scores[jo] = adjusted;
            int j = 0;
            while (j < cachedCount - 1 && u >= scores[j]) {
                u -= scores[j++];
            }
            scores[jo] = base;
            nt = packed[from + j] & mask;
        } else if (u - q < rAdj) {
            nt = sampleDocTopic((u - q) / beta, o, ndO - 1, invLessO);
        } else {
            nt = sampleSmoothing((u - q - rAdj) / beta, o, invLessO);
        }
        if (nt != o) {
            move(w, o, nt);
            topics[i] = (short) nt;
            cachedWord = -1;
        }
    }

    /**
     * The q-bucket scores of word w's topics, (α_t + n_dt) n_wt / (n_t + Vβ), and each topic's position. A document's
     * repeated words (CountVectorizer puts them side by side) reuse them until a token changes topic: only the
     * current token's topic needs its adjusted score.
     */
    private void cacheWordScores(int w, int from) {
        int end = start[w + 1];
        double q = 0;
        int n = 0;
        for (int j = from; j < end; j++) {
            int e = packed[j];
            if (e == 0) {
                break;
            }
            int t = e & mask;
            double score = coef[t] * (e >>> bits);
            position[t] = n;
            scores[n++] = score;
            q += score;
        }
        cachedWord = w;
        cachedCount = n;
        cachedQ = q;
    }

    private int sampleDocTopic(double u, int o, int ndOLess, double invLessO) {
        int last = o;
        for (int j = 0; j < docTopicCount; j++) {
            int t = docTopics[j];
            double weight = t == o ? ndOLess * invLessO : ndk[t] * inv[t];
            if (weight > 0) {
                last = t;
                u -= weight;
                if (u < 0) {
                    return t;
                }
            }
        }
        return last;
    }

    private int sampleSmoothing(double u, int o, double invLessO) {
        for (int t = 0; t < k - 1; t++) {
            u -= alpha[t] * (t == o ? invLessO : inv[t]);
            if (u < 0) {
                return t;
            }
        }
        return k - 1;
    }

    /** The token of word w moves from topic o to topic nt: every count and mass follows. */
    private void move(int w, int o, int nt) {
        layout.decrement(packed, w, o);
        layout.increment(packed, w, nt);
        touched[w >>> 6] |= 1L << w;
        s -= beta * (alpha[o] * inv[o] + alpha[nt] * inv[nt]);
        r -= beta * (ndk[o] * inv[o] + ndk[nt] * inv[nt]);
        if (--ndk[o] == 0) {
            removeDocTopic(o);
        }
        if (++ndk[nt] == 1) {
            docTopics[docTopicCount++] = nt;
        }
        // n_t moves by one, so one of the two reciprocals is already known.
        nk[o]--;
        inv[o] = invLess[o];
        invLess[o] = 1.0 / (nk[o] - 1 + betaSum);
        coef[o] = (alpha[o] + ndk[o]) * inv[o];
        nk[nt]++;
        invLess[nt] = inv[nt];
        inv[nt] = 1.0 / (nk[nt] + betaSum);
        coef[nt] = (alpha[nt] + ndk[nt]) * inv[nt];
        s += beta * (alpha[o] * inv[o] + alpha[nt] * inv[nt]);
        r += beta * (ndk[o] * inv[o] + ndk[nt] * inv[nt]);
    }

    private void removeDocTopic(int t) {
        for (int j = 0; j < docTopicCount; j++) {
            if (docTopics[j] == t) {
                docTopics[j] = docTopics[--docTopicCount];
                return;
            }
        }
    }

    /** Changes of the touched words' counts against the snapshot, sparse and sorted by w * k + t. */
    private int[][] wordDelta() {
        IntList index = new IntList();
        IntList value = new IntList();
        int[] row = new int[k];
        for (int word = 0; word < touched.length; word++) {
            for (long b = touched[word]; b != 0; b &= b - 1) {
                int w = (word << 6) + Long.numberOfTrailingZeros(b);
                layout.addWord(packed, w, 1, row, 0);
                layout.addWord(snapshot.packed(), w, -1, row, 0);
                for (int t = 0; t < k; t++) {
                    if (row[t] != 0) {
                        index.add(w * k + t);
                        value.add(row[t]);
                        row[t] = 0;
                    }
                }
            }
        }
        return new int[][] {index.toArray(), value.toArray()};
    }
}
