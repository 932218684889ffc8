package org.cabletrends.topics.gibbs;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One fit of {@link GibbsLDA}: documents into blocks, the sweeps, and the model (with its training summary). */
final class FitGibbsLDA {
    private static final Logger LOG = LoggerFactory.getLogger(GibbsLDA.class);

    private final GibbsLDA estimator;

    private FitGibbsLDA(GibbsLDA estimator) {
        this.estimator = estimator;
    }

    static FitGibbsLDA of(GibbsLDA estimator) {
        return new FitGibbsLDA(estimator);
    }

    GibbsLDAModel execute(Dataset<?> dataset) {
        long t0 = System.nanoTime();
        SparkSession spark = dataset.sparkSession();
        int partitions = estimator.getNumPartitions() > 0 ? estimator.getNumPartitions()
                : spark.sparkContext().defaultParallelism();
        JavaRDD<DocBlock> docs = DocBlocks.build(dataset, estimator.getFeaturesCol(), estimator.getDocIdCol(),
                partitions);
        long[] size = docs.map(b -> new long[] {b.docs(), b.tokens(), b.vectorSize})
                .reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])});
        if (size[1] == 0) {
            docs.unpersist(false);
            throw new IllegalArgumentException("Cannot fit topics: the " + size[0] + " documents have no terms");
        }
        LOG.info("stage=gibbs-blocks docs={} tokens={} vocab={} partitions={} seconds={}", size[0], size[1], size[2],
                partitions, String.format("%.3f", (System.nanoTime() - t0) / 1e9));
        GibbsSettings settings = estimator.settings();
        GibbsTrainer trainer = new GibbsTrainer(docs, (int) size[2], settings, estimator.getWarmStart())
                .start();
        trainer.run();
        GlobalCounts counts = trainer.counts();
        TopicCounts model = new TopicCounts(settings.k(), (int) size[2], counts.dense(), counts.topicTotals(),
                trainer.alpha(), trainer.beta());
        Dataset<Row> training = estimator.getDocIdCol().isEmpty() ? null
                : trainingDistributions(spark, docs, trainer.topics(), model.alpha());
        trainer.release();
        docs.unpersist(false);
        TrainingSummary summary = new TrainingSummary(trainer.sweepsDone(), size[0], size[1],
                trainer.logLikelihood(), trainer.trace());
        LOG.info("stage=gibbs-fit sweeps={} tokens={} llPerToken={} seconds={}", summary.sweeps(), summary.tokens(),
                String.format("%.5f", summary.logLikelihoodPerToken()),
                String.format("%.3f", (System.nanoTime() - t0) / 1e9));
        GibbsLDAModel fitted = new GibbsLDAModel(estimator.uid(), model, summary, training);
        return estimator.copyValues(fitted, ParamMap.empty()).setParent(estimator);
    }

    /** (id, (α_t + n_dt) / (Σα + n_d)) per training document from the final assignments, persisted and counted. */
    private Dataset<Row> trainingDistributions(SparkSession spark, JavaRDD<DocBlock> docs,
            JavaRDD<TopicBlock> topics, double[] alpha) {
        int k = alpha.length;
        double alphaSum = java.util.Arrays.stream(alpha).sum();
        JavaRDD<Row> rows = docs.zip(topics).flatMap(p -> {
            DocBlock b = p._1();
            java.util.List<Row> out = new java.util.ArrayList<>(b.docs());
            for (int d = 0; d < b.docs(); d++) {
                int[] n = b.docTopicCounts(p._2().topics, d, k);
                double[] theta = new double[k];
                double length = b.docStart[d + 1] - b.docStart[d];
                for (int t = 0; t < k; t++) {
                    theta[t] = (alpha[t] + n[t]) / (alphaSum + length);
                }
                out.add(RowFactory.create(b.ids[d], Vectors.dense(theta)));
            }
            return out.iterator();
        });
        // Cut the lineage: the sweeps' broadcasts are destroyed after the fit, and a job that serialised the sweep
        // RDDs again (a later join over these rows) would fail on them.
        rows.rdd().localCheckpoint();
        rows.count();
        Dataset<Row> df = spark.createDataFrame(rows, GibbsSchemas.trainingDistributions(estimator.getDocIdCol(),
                estimator.getTopicDistributionCol())).persist(StorageLevel.MEMORY_AND_DISK());
        df.count();
        return df;
    }
}
