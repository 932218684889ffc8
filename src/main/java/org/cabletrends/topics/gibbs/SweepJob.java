package org.cabletrends.topics.gibbs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;

/**
 * The Spark side of one sweep, written against the Scala RDD API with plain function classes rather than Java
 * lambdas: Spark's ClosureCleaner parses the bytecode of every lambda's enclosing class (and JavaRDD's wrappers add
 * lambdas of their own), which cost tens of milliseconds per sweep; named classes are only checked for
 * serializability.
 */
final class SweepJob {
    private static final ClassTag<TopicBlock> TOPIC_BLOCK = ClassTag$.MODULE$.apply(TopicBlock.class);
    private static final ClassTag<SweepStats> STATS = ClassTag$.MODULE$.apply(SweepStats.class);

    private SweepJob() {
    }

    /**
     * The next assignments (persisted, not yet computed): each block sampled {@code count} times, from sweep
     * {@code first} on, against the snapshot and its own changes (BlockSampler#sweeps). Memory and disk:
     * the sweeps before the last checkpoint are unpersisted, so a block evicted under memory pressure could not be
     * recomputed; spilled to disk it is never lost while its executor lives.
     */
    static RDD<TopicBlock> sample(RDD<DocBlock> docs, RDD<TopicBlock> topics, Broadcast<PackedLayout> layout,
            Broadcast<Snapshot> snapshot, long seed, int first, int count, boolean histograms, boolean logLikelihood) {
        return docs.zipPartitions(topics, true,
                new Sample(layout, snapshot, seed, first, count, histograms, logLikelihood),
                TOPIC_BLOCK, TOPIC_BLOCK).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Computes the assignments (one job) and returns the per-block statistics, merged in partition order. */
    static SweepStats run(RDD<TopicBlock> next) {
        SparkContext sc = next.context();
        List<Object> partitions = new ArrayList<>();
        for (int p = 0; p < next.getNumPartitions(); p++) {
            partitions.add(p);
        }
        SweepStats[] stats = (SweepStats[]) sc.runJob(next, new StatsOf(),
                scala.jdk.javaapi.CollectionConverters.asScala(partitions).toList(), STATS);
        SweepStats merged = stats[0];
        for (int i = 1; i < stats.length; i++) {
            merged = SweepStats.merge(merged, stats[i]);
        }
        return merged;
    }

    /** One block's sweeps. */
    static final class Sample extends AbstractFunction2<Iterator<DocBlock>, Iterator<TopicBlock>,
            Iterator<TopicBlock>> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<PackedLayout> layout;
        private final Broadcast<Snapshot> snapshot;
        private final long seed;
        private final int first;
        private final int count;
        private final boolean histograms;
        private final boolean logLikelihood;

        Sample(Broadcast<PackedLayout> layout, Broadcast<Snapshot> snapshot, long seed, int first, int count,
                boolean histograms, boolean logLikelihood) {
            this.layout = layout;
            this.snapshot = snapshot;
            this.seed = seed;
            this.first = first;
            this.count = count;
            this.histograms = histograms;
            this.logLikelihood = logLikelihood;
        }

        @Override
        public Iterator<TopicBlock> apply(Iterator<DocBlock> blocks, Iterator<TopicBlock> assignments) {
            DocBlock block = blocks.next();
            short[] current = assignments.next().topics;
            // Each sweep's generator depends on its number only, whatever the sweeps per job.
            TopicBlock out = new BlockSampler(layout.value(), snapshot.value()).sweeps(block, current,
                    s -> Rng.forSweep(seed, first + s, block.partition), count, histograms, logLikelihood);
            return scala.collection.Iterator$.MODULE$.single(out);
        }
    }

    /** The statistics a block's sweep left (read in the task that made the block). */
    static final class StatsOf extends AbstractFunction2<TaskContext, Iterator<TopicBlock>, SweepStats>
            implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public SweepStats apply(TaskContext context, Iterator<TopicBlock> blocks) {
            return blocks.next().stats;
        }
    }
}
