package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.TopicOptimizer;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.topics.gibbs.GibbsLDA;

/**
 * Action: documents ({@code refid, doc_id, tokens array<string>}) → vocabulary and count vectors ({@link Vectorize})
 * → a fitted topic model of the configured optimizer: MLlib's online variational Bayes (default, settings in
 * {@link OnlineTuning}) or EM, or the project's Gibbs sampler ({@link GibbsLDA}). Documents are sorted by doc_id and
 * spread over one partition per core before fitting ({@link FitPartitions}), so the optimizers' per-partition
 * sampling sees the same partitions whatever order the documents came in.
 */
public final class FitTopics {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FitTopics.class);
    private final SparkSession spark;
    private final TopicSettings settings;
    private String checkpointDir = "";
    private OnlineTuning online;

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

    /** Online settings instead of {@link OnlineTuning#of} (tuning experiments). */
    FitTopics online(OnlineTuning tuning) {
        this.online = tuning;
        return this;
    }

    public TopicFit execute(Dataset<Row> documents) throws Exception {
        long t0 = System.nanoTime();
        Vectorized v = Vectorize.of(settings).execute(documents);
        // Model index order by token, not by frequency: the optimizers draw their random start per index, so runs
        // whose vocabularies share terms start those terms alike (topic ids stay stable more often).
        List<String> vocabulary = v.vocabulary().stream().sorted().toList();
        int partitions = FitPartitions.of(spark);
        Dataset<Row> vectors = FitPartitions.spread(TokenVectors.of(vocabulary, documents).filter(col("tokens").gt(0)),
                partitions, v.documents() - v.emptyDocuments()).persist(StorageLevel.MEMORY_AND_DISK());
        Row sums = vectors.agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("tokens"))
                .first();
        long fitted = sums.getLong(0);
        long tokens = sums.isNullAt(1) ? 0 : sums.getLong(1);
        long t1 = System.nanoTime();
        GibbsSchedule schedule = GibbsSchedule.of(settings, tokens);
        FittedModel model = fit(vectors, fitted, partitions, schedule);
        long t2 = System.nanoTime();
        int iterations = settings.optimizer() == TopicOptimizer.GIBBS ? schedule.sweeps()
                : settings.effectiveIterations();
        return new TopicFit(model, vocabulary, vectors, v.documents(), v.documents() - fitted, tokens,
                iterations, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private FittedModel fit(Dataset<Row> vectors, long documents, int partitions, GibbsSchedule schedule) {
        if (settings.optimizer() == TopicOptimizer.GIBBS) {
            LOG.info("stage=topics_gibbs_schedule sweeps={} burn_in={} optimize_interval={} documents={}",
                    schedule.sweeps(), schedule.burnIn(), schedule.optimizeInterval(), documents);
            GibbsLDA gibbs = new GibbsLDA().setK(settings.k()).setMaxIter(schedule.sweeps())
                    .setBurnIn(schedule.burnIn()).setOptimizeInterval(schedule.optimizeInterval())
                    .setSeed(settings.seed()).setCheckpointInterval(settings.checkpointInterval())
                    .setNumPartitions(partitions).setDocIdCol("doc_id");
            return new GibbsModel(gibbs.fit(vectors.select("doc_id", "features")), true);
        }
        LDA lda = new LDA().setK(settings.k()).setMaxIter(settings.effectiveIterations()).setSeed(settings.seed())
                .setFeaturesCol("features").setOptimizer(settings.optimizer().key());
        if (settings.optimizer() == TopicOptimizer.ONLINE) {
            (online != null ? online : OnlineTuning.of(documents, settings.effectiveIterations())).applyTo(lda);
        } else if (!checkpointDir.isEmpty() && settings.checkpointInterval() > 0) {
            spark.sparkContext().setCheckpointDir(checkpointDir);
            lda.setCheckpointInterval(settings.checkpointInterval()).setKeepLastCheckpoint(false);
        }
        return new MllibModel(settings.optimizer().key(), lda.fit(vectors.select(col("features"))));
    }
}
