package org.cabletrends.topics.gibbs;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver side of approximate distributed LDA (Newman et al. 2009). Each sweep (after burn-in, syncInterval
 * sweeps) is one Spark job: every partition samples its block against the broadcast snapshot of the global counts
 * and its own changes, and returns its count changes; the driver adds them up, optimises α and β when due, and
 * broadcasts the next snapshot. Assignments are checkpointed every checkpointInterval sweeps (reliably when the
 * SparkContext has a checkpoint directory, else locally), which also keeps the lineage, and so each job's task
 * binary, short.
 */
final class GibbsTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(GibbsLDA.class);

    private final JavaSparkContext jsc;
    private final GibbsSettings settings;
    private final JavaRDD<DocBlock> docs;
    private final int vocabSize;
    private final int k;
    private final WarmStart warmStart;
    private final List<Broadcast<Snapshot>> live = new ArrayList<>();
    private final List<SweepLogLikelihood> trace = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private RDD<TopicBlock> topics;
    private Broadcast<PackedLayout> layout;
    /** Kept until {@link #release}: the initial assignments are recomputed from it if evicted before a checkpoint. */
    private Broadcast<WarmStart> warmBroadcast;
    private GlobalCounts counts;
    private double[] alpha;
    private double beta;
    private int sweep;
    private double logLikelihood = Double.NaN;

    GibbsTrainer(JavaRDD<DocBlock> docs, int vocabSize, GibbsSettings settings) {
        this(docs, vocabSize, settings, null);
    }

    /** {@code warmStart}: the initial assignments' model, or null for uniformly random ones. */
    GibbsTrainer(JavaRDD<DocBlock> docs, int vocabSize, GibbsSettings settings, WarmStart warmStart) {
        if (warmStart != null && (warmStart.k() != settings.k() || warmStart.vocabSize() != vocabSize)) {
            throw new IllegalArgumentException("Invalid warm start: " + warmStart.k() + " topics x "
                    + warmStart.vocabSize() + " words for a fit of " + settings.k() + " x " + vocabSize);
        }
        this.warmStart = warmStart;
        this.jsc = JavaSparkContext.fromSparkContext(docs.context());
        this.docs = docs;
        this.vocabSize = vocabSize;
        this.settings = settings;
        this.k = settings.k();
        this.alpha = new double[k];
        java.util.Arrays.fill(alpha, settings.alphaSum() / k);
        this.beta = settings.beta();
    }

    /** Initial assignments (sweep 0: random, or drawn from the warm start) and the global counts they give. */
    GibbsTrainer start() {
        if ((long) vocabSize * k >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Cannot index " + vocabSize + " words x " + k + " topics");
        }
        final long seed = settings.seed();
        final int kk = k;
        Broadcast<WarmStart> warm = warmStart == null ? null : jsc.broadcast(warmStart);
        JavaRDD<TopicBlock> initialTopics = docs.map(b -> initialTopics(b, seed, kk,
                        warm == null ? null : warm.value()))
                .persist(StorageLevel.MEMORY_AND_DISK()); // as every sweep's (SweepJob.sample)
        final int v = vocabSize;
        SweepStats initial = docs.zip(initialTopics).map(p -> countBlock(p._1(), p._2().topics, kk, v))
                .treeReduce(SweepStats::merge);
        topics = initialTopics.rdd();
        warmBroadcast = warm;
        counts = GlobalCounts.of(k, vocabSize, initial);
        layout = jsc.broadcast(counts.layout());
        return this;
    }

    void run() {
        while (sweep < settings.maxIter()) {
            sweep();
        }
    }

    /**
     * One job: one sweep over every block during burn-in, syncInterval sweeps after it (fewer at the end), then the
     * merge and, when an interval ends within them, optimisation, log line and checkpoint. Burn-in merges after
     * every sweep because that is when topics form: blocks that sweep apart then form different topics under the
     * same id, and the merged model keeps them mixed (measured: mean NPMI −0.014 on two seeds with syncInterval 5
     * from the start, none with it after burn-in; docs/BENCHMARKS.md).
     */
    void sweep() {
        int first = sweep + 1;
        int together = sweep < settings.burnIn() ? 1 : settings.syncInterval();
        sweep = Math.min(sweep + together, settings.maxIter());
        boolean histograms = sweep > settings.burnIn() && due(first, settings.optimizeInterval());
        boolean logLine = due(first, settings.logInterval()) || sweep == settings.maxIter();
        Broadcast<Snapshot> snapshot = jsc.broadcast(counts.snapshot(alpha, beta));
        live.add(snapshot);
        RDD<TopicBlock> next = SweepJob.sample(docs.rdd(), topics, layout, snapshot, settings.seed(), first,
                sweep - first + 1, histograms, logLine);
        boolean checkpoint = due(first, settings.checkpointInterval());
        if (checkpoint) {
            if (jsc.getCheckpointDir().isPresent()) {
                next.checkpoint();
            } else {
                next.localCheckpoint();
            }
        }
        SweepStats stats = SweepJob.run(next);
        topics.unpersist(false);
        topics = next;
        if (checkpoint) {
            destroyBroadcasts();
        }
        counts.apply(stats);
        if (logLine) {
            logLikelihood = stats.docLogLikelihood() + counts.wordLogLikelihood(beta);
            double perToken = logLikelihood / counts.tokens();
            trace.add(new SweepLogLikelihood(sweep, perToken));
            LOG.info("gibbs sweep={} llPerToken={} alphaSum={} beta={} seconds={}", sweep,
                    String.format("%.5f", perToken), String.format("%.4f", sum(alpha)), String.format("%.5f", beta),
                    String.format("%.1f", (System.nanoTime() - startNanos) / 1e9));
        }
        if (histograms) {
            alpha = alpha.clone();
            Dirichlet.learnParameters(alpha, stats.topicDocCounts(), stats.docLengths(), 1.001, 1.0, 1);
            beta = counts.optimizeBeta(beta);
        }
    }

    /** Whether a multiple of {@code interval} (0 = never) lies in the sweeps first … sweep just done. */
    private boolean due(int first, int interval) {
        return interval > 0 && sweep / interval > (first - 1) / interval;
    }

    private void destroyBroadcasts() {
        for (Broadcast<Snapshot> b : live) {
            b.destroy();
        }
        live.clear();
    }

    /** Releases the assignments and broadcasts (the global counts stay readable). */
    void release() {
        topics.unpersist(false);
        destroyBroadcasts();
        layout.destroy();
        if (warmBroadcast != null) {
            warmBroadcast.destroy();
        }
    }

    private static TopicBlock initialTopics(DocBlock block, long seed, int k, WarmStart warm) {
        Rng rng = Rng.forSweep(seed, 0, block.partition);
        short[] topics = new short[block.tokens()];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = (short) (warm == null ? rng.nextInt(k) : warm.draw(block.words[i], rng));
        }
        return new TopicBlock(topics, null);
    }

    /** A block's word–topic counts as a change from nothing. */
    static SweepStats countBlock(DocBlock block, short[] topics, int k, int vocabSize) {
        int[] dense = new int[vocabSize * k];
        int[] topicTotals = new int[k];
        for (int i = 0; i < topics.length; i++) {
            dense[block.words[i] * k + topics[i]]++;
            topicTotals[topics[i]]++;
        }
        IntList index = new IntList();
        IntList value = new IntList();
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                index.add(i);
                value.add(dense[i]);
            }
        }
        return new SweepStats(index.toArray(), value.toArray(), topicTotals, 0, null, null);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    JavaRDD<DocBlock> docs() {
        return docs;
    }

    JavaRDD<TopicBlock> topics() {
        return topics.toJavaRDD();
    }

    GlobalCounts counts() {
        return counts;
    }

    double[] alpha() {
        return alpha.clone();
    }

    double beta() {
        return beta;
    }

    int sweepsDone() {
        return sweep;
    }

    /** The log-likelihood of the state after the last logged sweep (NaN before the first). */
    double logLikelihood() {
        return logLikelihood;
    }

    List<SweepLogLikelihood> trace() {
        return List.copyOf(trace);
    }
}
