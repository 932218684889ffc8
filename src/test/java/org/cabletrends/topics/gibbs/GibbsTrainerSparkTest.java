package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The distributed sampler sweep by sweep on three blocks: after every sweep the driver's global counts are exactly
 * the counts of the assignments the blocks hold (per word and topic, per topic, in total), every document keeps its
 * length, and the checkpoints (local, then reliable) keep the state intact.
 */
class GibbsTrainerSparkTest {
    static final PlantedCorpus CORPUS = new PlantedCorpus(4, 50, 60, 40, 0.3, 0.1, 9);

    @TempDir
    Path checkpoints;

    @Test
    void countsAddUpAfterEverySweep() {
        GibbsTrainer trainer = trainer(3, 4);
        for (int sweep = 1; sweep <= 25; sweep++) {
            trainer.sweep();
            assertCountsMatchAssignments(trainer);
        }
        trainer.release();
    }

    @Test
    void blocksSweepingSeveralTimesBetweenMergesKeepTheCountsAndTheSchedule() {
        GibbsTrainer trainer = trainer(3, 4, 10, 3);
        List<Integer> done = new ArrayList<>();
        List<Integer> checkpointed = new ArrayList<>();
        while (trainer.sweepsDone() < 10) {
            trainer.sweep();
            done.add(trainer.sweepsDone());
            if (trainer.topics().rdd().isCheckpointed()) {
                checkpointed.add(trainer.sweepsDone());
            }
            assertCountsMatchAssignments(trainer);
        }
        // Burn-in 5: one sweep per job, then three (the last job has one left).
        assertThat(done).containsExactly(1, 2, 3, 4, 5, 8, 10);
        // Checkpoint interval 4: sweep 4 ends a job, sweep 8 ends within one.
        assertThat(checkpointed).containsExactly(4, 8);
        // Log interval 0 logs the last sweep only.
        assertThat(trainer.trace()).extracting(SweepLogLikelihood::sweep).containsExactly(10);
        trainer.release();
    }

    @Test
    void reliableCheckpointsKeepTheCountsAndTheChainOfLocalOnes() {
        SparkSession spark = SparkTestSession.get();
        GibbsTrainer local = trainer(3, 4);
        for (int sweep = 0; sweep < 8; sweep++) {
            local.sweep();
        }
        assertThat(local.topics().rdd().isCheckpointed()).isTrue();
        spark.sparkContext().setCheckpointDir(checkpoints.toString());
        try {
            GibbsTrainer reliable = trainer(3, 4);
            for (int sweep = 0; sweep < 8; sweep++) {
                reliable.sweep();
            }
            assertThat(Path.of(java.net.URI.create(reliable.topics().rdd().getCheckpointFile().get())))
                    .startsWith(checkpoints);
            assertThat(reliable.topics().rdd().isCheckpointed()).isTrue();
            assertCountsMatchAssignments(reliable);
            assertThat(reliable.counts().dense()).containsExactly(local.counts().dense());
            reliable.release();
        } finally {
            spark.sparkContext().setCheckpointDir(null);
        }
        local.release();
    }

    private static GibbsTrainer trainer(int partitions, int checkpointInterval) {
        return trainer(partitions, checkpointInterval, 100, 1);
    }

    private static GibbsTrainer trainer(int partitions, int checkpointInterval, int sweeps, int syncInterval) {
        SparkSession spark = SparkTestSession.get();
        JavaRDD<DocBlock> docs = DocBlocks.build(CORPUS.frame(spark), "features", "refid", partitions);
        GibbsSettings settings = new GibbsSettings(CORPUS.k, sweeps, 5, 5, 1.0, 0.1, 5, checkpointInterval, 0,
                syncInterval);
        return new GibbsTrainer(docs, CORPUS.vocabSize, settings).start();
    }

    private static void assertCountsMatchAssignments(GibbsTrainer trainer) {
        int k = CORPUS.k;
        List<Tuple2<DocBlock, TopicBlock>> blocks = docsOf(trainer).zip(trainer.topics()).collect();
        int[] dense = new int[CORPUS.vocabSize * k];
        int[] topicTotals = new int[k];
        long tokens = 0;
        for (Tuple2<DocBlock, TopicBlock> b : blocks) {
            DocBlock docs = b._1();
            short[] topics = b._2().topics;
            assertThat(topics).hasSize(docs.tokens());
            for (int d = 0; d < docs.docs(); d++) {
                int doc = Integer.parseInt(docs.ids[d].substring(1));
                assertThat(Arrays.stream(docs.docTopicCounts(topics, d, k)).sum())
                        .isEqualTo(Arrays.stream(CORPUS.counts.get(doc)).sum());
            }
            for (int i = 0; i < topics.length; i++) {
                dense[docs.words[i] * k + topics[i]]++;
                topicTotals[topics[i]]++;
                tokens++;
            }
        }
        assertThat(trainer.counts().dense()).containsExactly(dense);
        assertThat(trainer.counts().topicTotals()).containsExactly(topicTotals);
        assertThat(tokens).isEqualTo(CORPUS.tokens()).isEqualTo(trainer.counts().tokens());
        for (int w = 0; w < CORPUS.vocabSize; w++) {
            int perWord = 0;
            for (int t = 0; t < k; t++) {
                perWord += dense[w * k + t];
            }
            int word = w;
            assertThat(perWord).isEqualTo(CORPUS.counts.stream().mapToInt(c -> c[word]).sum());
        }
    }

    private static JavaRDD<DocBlock> docsOf(GibbsTrainer trainer) {
        return trainer.docs();
    }
}
