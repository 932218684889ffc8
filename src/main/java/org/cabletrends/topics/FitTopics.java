package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.ConfigException;
import org.cabletrends.config.TopicOptimizer;
import org.cabletrends.config.TopicSettings;

/**
 * Action: documents ({@code refid, doc_id, tokens array<string>}) → vocabulary and count vectors → a fitted topic
 * model of the configured optimizer. Documents are sorted by doc_id and spread over a fixed number of partitions
 * before fitting, so the optimizer's sampling sees the same partitions whatever order the documents came in: same
 * documents + same settings → same model.
 */
public final class FitTopics {
    private final SparkSession spark;
    private final TopicSettings settings;
    private String checkpointDir = "";

    private FitTopics(SparkSession spark, TopicSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    public static FitTopics of(SparkSession spark, TopicSettings settings) {
        return new FitTopics(spark, settings);
    }

    /** Where EM checkpoints its graph every {@code topics_checkpoint_interval} iterations (none when empty). */
    public FitTopics checkpointDir(String dir) {
        this.checkpointDir = dir;
        return this;
    }

    public TopicFit execute(Dataset<Row> documents) {
        requireAvailable(settings.optimizer());
        long t0 = System.nanoTime();
        Vectorized v = Vectorized.of(documents, settings, FitPartitions.of(spark));
        long t1 = System.nanoTime();
        FittedModel model = fit(v.vectors());
        long t2 = System.nanoTime();
        return new TopicFit(model, v.vocabulary(), v.vectors(), v.documents(), v.emptyDocuments(), v.tokens(),
                settings.effectiveIterations(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** Fails with exit-2 semantics (a {@link ConfigException}) for an optimizer this build cannot run. */
    static void requireAvailable(TopicOptimizer optimizer) {
        if (optimizer == TopicOptimizer.GIBBS) {
            throw new ConfigException("Cannot use optimizer gibbs: not available in this build");
        }
    }

    private FittedModel fit(Dataset<Row> vectors) {
        LDA lda = new LDA().setK(settings.k()).setMaxIter(settings.effectiveIterations()).setSeed(settings.seed())
                .setFeaturesCol("features").setOptimizer(settings.optimizer().key());
        if (settings.optimizer() == TopicOptimizer.ONLINE) {
            OnlineTuning.of(vectors.count()).applyTo(lda);
        } else if (!checkpointDir.isEmpty() && settings.checkpointInterval() > 0) {
            spark.sparkContext().setCheckpointDir(checkpointDir);
            lda.setCheckpointInterval(settings.checkpointInterval()).setKeepLastCheckpoint(false);
        }
        LDAModel model = lda.fit(vectors.select(col("features")));
        return new MllibModel(settings.optimizer().key(), model);
    }

    /** Count vectors of the documents with their vocabulary and counts. */
    record Vectorized(Dataset<Row> vectors, List<String> vocabulary, long documents, long emptyDocuments, long tokens) {
        static Vectorized of(Dataset<Row> documents, TopicSettings settings, int partitions) {
            Vocabulary vocab = Vocabulary.fit(documents, settings.vocabSize(), settings.minDf(), settings.maxDf());
            Dataset<Row> all = vocab.vectorize(documents).persist(StorageLevel.MEMORY_AND_DISK());
            long documentCount = all.count();
            Dataset<Row> vectors = FitPartitions.spread(all.filter(col("tokens").gt(0)), partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Row sums = vectors.agg(org.apache.spark.sql.functions.count("*"),
                    org.apache.spark.sql.functions.sum("tokens")).first();
            all.unpersist();
            long fitted = sums.getLong(0);
            return new Vectorized(vectors, vocab.terms(), documentCount, documentCount - fitted,
                    sums.isNullAt(1) ? 0 : sums.getLong(1));
        }
    }
}
