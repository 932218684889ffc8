package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The sparse sampler against exact posteriors of corpora small enough to enumerate. With one block AD-LDA is plain
 * collapsed Gibbs sampling, so the chain's state frequencies must converge to p(z | w); any slip in the bucket
 * masses, the virtual removal of the current token or the packed-count bookkeeping shows up as a distance.
 */
class BlockSamplerTest {
    /** Two documents, three words, six tokens; word 0 is shared, and repeats sit side by side (as CountVectorizer puts them). */
    private static final int[] DOC_START = {0, 3, 6};
    private static final int[] WORDS = {0, 0, 1, 2, 2, 0};
    private static final int VOCAB = 3;

    @Test
    void chainVisitsStatesInProportionToTheExactPosterior() {
        double[] alpha = {0.3, 0.8, 0.5};
        double beta = 0.4;
        double[] exact = exactPosterior(alpha, beta, 3);
        double[] visits = runChain(alpha, beta, 3, 200_000, 11);
        assertThat(totalVariation(exact, visits)).isLessThan(0.02);
    }

    @Test
    void chainMatchesThePosteriorWithTwoTopicsAndSmallPriors() {
        double[] alpha = {0.05, 0.1};
        double beta = 0.01;
        double[] exact = exactPosterior(alpha, beta, 2);
        double[] visits = runChain(alpha, beta, 2, 200_000, 5);
        assertThat(totalVariation(exact, visits)).isLessThan(0.02);
    }

    @Test
    void aWrongPosteriorIsFarFromTheChain() {
        double[] visits = runChain(new double[] {0.3, 0.8, 0.5}, 0.4, 3, 50_000, 3);
        double[] other = exactPosterior(new double[] {2, 2, 2}, 5, 3);
        assertThat(totalVariation(other, visits)).isGreaterThan(0.05);
    }

    @Test
    void sweepStatsAreTheChangeOfTheCountsAndKeepTotals() {
        int k = 3;
        DocBlock block = new DocBlock(0, DOC_START, WORDS, null, VOCAB);
        short[] topics = {0, 1, 2, 0, 1, 2};
        GlobalCounts counts = GlobalCounts.of(k, VOCAB, GibbsTrainer.countBlock(block, topics, k, VOCAB));
        Rng rng = new Rng(7);
        for (int sweep = 0; sweep < 200; sweep++) {
            TopicBlock next = new BlockSampler(counts.layout(), counts.snapshot(new double[] {0.1, 0.1, 0.1}, 0.1))
                    .sweep(block, topics, rng, false, false);
            counts.apply(next.stats);
            topics = next.topics;
            SweepStats recount = GibbsTrainer.countBlock(block, topics, k, VOCAB);
            int[] dense = new int[VOCAB * k];
            for (int i = 0; i < recount.deltaIndex().length; i++) {
                dense[recount.deltaIndex()[i]] = recount.deltaValue()[i];
            }
            assertThat(counts.dense()).containsExactly(dense);
            assertThat(counts.topicTotals()).containsExactly(recount.topicDelta());
            assertThat(Arrays.stream(next.stats.topicDelta()).sum()).isZero();
        }
    }

    @Test
    void sweepsBetweenMergesOnOneBlockAreTheSweepsOneByOne() {
        int k = 3;
        double[] alpha = {0.2, 0.1, 0.3};
        DocBlock block = new DocBlock(0, DOC_START, WORDS, null, VOCAB);
        short[] start = {0, 1, 2, 0, 1, 2};
        GlobalCounts once = GlobalCounts.of(k, VOCAB, GibbsTrainer.countBlock(block, start, k, VOCAB));
        TopicBlock together = new BlockSampler(once.layout(), once.snapshot(alpha, 0.2))
                .sweeps(block, start, s -> Rng.forSweep(9, 1 + s, 0), 4, true, true);
        once.apply(together.stats);

        GlobalCounts each = GlobalCounts.of(k, VOCAB, GibbsTrainer.countBlock(block, start, k, VOCAB));
        short[] topics = start;
        TopicBlock last = null;
        for (int sweep = 1; sweep <= 4; sweep++) {
            last = new BlockSampler(each.layout(), each.snapshot(alpha, 0.2))
                    .sweep(block, topics, Rng.forSweep(9, sweep, 0), sweep == 4, sweep == 4);
            each.apply(last.stats);
            topics = last.topics;
        }
        // One block has no one else's changes to miss: merging after every sweep or after four is the same chain.
        assertThat(together.topics).containsExactly(topics);
        assertThat(once.dense()).containsExactly(each.dense());
        assertThat(once.topicTotals()).containsExactly(each.topicTotals());
        assertThat(together.stats.docLogLikelihood()).isEqualTo(last.stats.docLogLikelihood());
        assertThat(together.stats.docLengths()).containsExactly(last.stats.docLengths());
        assertThat(together.stats.topicDocCounts()).isDeepEqualTo(last.stats.topicDocCounts());
        assertThat(together.topics).isNotEqualTo(start);
    }

    /** Fraction of sweeps spent in each joint assignment (state index = base-k number of the topics). */
    private static double[] runChain(double[] alpha, double beta, int k, int sweeps, long seed) {
        DocBlock block = new DocBlock(0, DOC_START, WORDS, null, VOCAB);
        short[] topics = new short[WORDS.length];
        GlobalCounts counts = GlobalCounts.of(k, VOCAB, GibbsTrainer.countBlock(block, topics, k, VOCAB));
        Rng rng = new Rng(seed);
        double[] visits = new double[(int) Math.pow(k, WORDS.length)];
        for (int sweep = 0; sweep < sweeps; sweep++) {
            TopicBlock next = new BlockSampler(counts.layout(), counts.snapshot(alpha, beta))
                    .sweep(block, topics, rng, false, false);
            counts.apply(next.stats);
            topics = next.topics;
            visits[state(topics, k)] += 1.0 / sweeps;
        }
        return visits;
    }

    private static int state(short[] topics, int k) {
        int s = 0;
        for (short t : topics) {
            s = s * k + t;
        }
        return s;
    }

    /** p(z | w) ∝ Π_d Π_t Γ(α_t + n_dt) / Γ(Σα + n_d) · Π_t Π_w Γ(β + n_wt) / Γ(Vβ + n_t), normalised. */
    private static double[] exactPosterior(double[] alpha, double beta, int k) {
        int states = (int) Math.pow(k, WORDS.length);
        double[] logp = new double[states];
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < states; s++) {
            int[] z = new int[WORDS.length];
            for (int i = WORDS.length - 1, x = s; i >= 0; i--, x /= k) {
                z[i] = x % k;
            }
            logp[s] = logJoint(z, alpha, beta, k);
            max = Math.max(max, logp[s]);
        }
        double sum = 0;
        for (int s = 0; s < states; s++) {
            logp[s] = Math.exp(logp[s] - max);
            sum += logp[s];
        }
        for (int s = 0; s < states; s++) {
            logp[s] /= sum;
        }
        return logp;
    }

    private static double logJoint(int[] z, double[] alpha, double beta, int k) {
        double lp = 0;
        double alphaSum = Arrays.stream(alpha).sum();
        int[] nwt = new int[VOCAB * k];
        int[] nt = new int[k];
        for (int d = 0; d + 1 < DOC_START.length; d++) {
            int[] ndt = new int[k];
            for (int i = DOC_START[d]; i < DOC_START[d + 1]; i++) {
                ndt[z[i]]++;
                nwt[WORDS[i] * k + z[i]]++;
                nt[z[i]]++;
            }
            for (int t = 0; t < k; t++) {
                lp += Dirichlet.logGamma(alpha[t] + ndt[t]);
            }
            lp -= Dirichlet.logGamma(alphaSum + DOC_START[d + 1] - DOC_START[d]);
        }
        for (int t = 0; t < k; t++) {
            for (int w = 0; w < VOCAB; w++) {
                lp += Dirichlet.logGamma(beta + nwt[w * k + t]);
            }
            lp -= Dirichlet.logGamma(VOCAB * beta + nt[t]);
        }
        return lp;
    }

    private static double totalVariation(double[] p, double[] q) {
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            d += Math.abs(p[i] - q[i]);
        }
        return d / 2;
    }
}
