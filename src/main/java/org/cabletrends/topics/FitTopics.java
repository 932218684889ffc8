package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.TopicOptimizer;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.topics.gibbs.GibbsLDA;
import org.cabletrends.topics.gibbs.WarmStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action: documents ({@code refid, doc_id, tokens array<string>}) → vocabulary and count vectors ({@link Vectorize})
 * → a fitted topic model of the configured optimizer: MLlib's online variational Bayes (default, settings in
 * {@link OnlineTuning}) or EM, or the project's Gibbs sampler ({@link GibbsLDA}). Documents are sorted by doc_id and
 * spread over one partition per core before fitting ({@link FitPartitions}), so the optimizers' per-partition
 * sampling sees the same partitions whatever order the documents came in. Gibbs can start from a previous run's model
 * ({@link #warmStart}, docs/TOPICS.md "Warm start").
 */
public final class FitTopics {
    private static final Logger LOG = LoggerFactory.getLogger(FitTopics.class);

    private final SparkSession spark;
    private final TopicSettings settings;
    private String checkpointDir = "";
    private OnlineTuning online;
    private Optional<PreviousTopics.Found> previous = Optional.empty();

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

    /**
     * Gibbs: draw the initial assignments from this previous model (same k) instead of at random, so the fit starts
     * where the previous run ended; ignored by online and em (MLlib has no initial model) and when k differs.
     */
    FitTopics warmStart(Optional<PreviousTopics.Found> from) {
        this.previous = from;
        return this;
    }

    /** Online settings instead of {@link OnlineTuning#of} (tuning experiments). */
    FitTopics online(OnlineTuning tuning) {
        this.online = tuning;
        return this;
    }

    public TopicFit execute(Dataset<Row> documents) throws Exception {
        long t0 = System.nanoTime();
        long documentCount = documents.count();
        // Model index order by token, not by frequency: the optimizers draw their random start per index, so runs
        // whose vocabularies share terms start those terms alike (topic ids stay stable more often).
        List<String> vocabulary = Vectorize.of(settings).vocabulary(documents, documentCount).stream().sorted()
                .toList();
        int partitions = FitPartitions.of(spark);
        // Counted once on a cache, so that laying the vectors out (a sort, which samples its input first) does not
        // vectorize the documents again.
        Dataset<Row> counted = TokenVectors.of(vocabulary, documents).filter(col("tokens").gt(0))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Row sums = counted.agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("tokens"))
                .first();
        long fitted = sums.getLong(0);
        long tokens = sums.isNullAt(1) ? 0 : sums.getLong(1);
        Dataset<Row> vectors = FitPartitions.spread(counted, partitions, fitted).persist(StorageLevel.MEMORY_AND_DISK());
        vectors.count();
        counted.unpersist();
        WarmStart start = warmStart(vocabulary);
        Optional<TopicFit.WarmStarted> warm = start == null ? Optional.empty()
                : Optional.of(new TopicFit.WarmStarted(previous.orElseThrow().topics(), start.knownWords()));
        long t1 = System.nanoTime();
        GibbsSchedule schedule = GibbsSchedule.of(settings, tokens);
        FittedModel model = fit(vectors, fitted, partitions, schedule, start);
        long t2 = System.nanoTime();
        int iterations = settings.optimizer() == TopicOptimizer.GIBBS ? schedule.sweeps()
                : settings.effectiveIterations();
        return new TopicFit(model, vocabulary, vectors, documentCount, documentCount - fitted, tokens,
                iterations, (t1 - t0) / 1e9, (t2 - t1) / 1e9, warm);
    }

    /** The previous model's topics over this fit's vocabulary, or null for a cold start. */
    private WarmStart warmStart(List<String> vocabulary) {
        if (previous.isEmpty() || settings.optimizer() != TopicOptimizer.GIBBS) {
            return null;
        }
        SavedModel before = previous.get().model();
        if (before.model().k() != settings.k()) {
            LOG.info("Cold start: previous topics {} have k={}, this fit k={}", previous.get().topics(),
                    before.model().k(), settings.k());
            return null;
        }
        return WarmStart.of(onVocabulary(before.model().topicTerms(), before.vocabulary(), vocabulary));
    }

    /** {@code [k][terms]} weights of previous topics over another vocabulary; terms the previous one lacks get 0. */
    static double[][] onVocabulary(double[][] topicTerms, List<String> from, List<String> to) {
        Map<String, Integer> index = Vectorized.indexOf(from);
        double[][] out = new double[topicTerms.length][to.size()];
        for (int w = 0; w < to.size(); w++) {
            Integer i = index.get(to.get(w));
            for (int t = 0; i != null && t < out.length; t++) {
                out[t][w] = topicTerms[t][i];
            }
        }
        return out;
    }

    private FittedModel fit(Dataset<Row> vectors, long documents, int partitions, GibbsSchedule schedule,
            WarmStart start) {
        if (settings.optimizer() == TopicOptimizer.GIBBS) {
            LOG.info("stage=topics_gibbs_schedule sweeps={} burn_in={} optimize_interval={} sync_interval={} "
                    + "documents={}", schedule.sweeps(), schedule.burnIn(), schedule.optimizeInterval(),
                    schedule.syncInterval(), documents);
            GibbsLDA gibbs = new GibbsLDA().setK(settings.k()).setMaxIter(schedule.sweeps())
                    .setBurnIn(schedule.burnIn()).setOptimizeInterval(schedule.optimizeInterval())
                    .setSeed(settings.seed()).setCheckpointInterval(settings.checkpointInterval())
                    .setSyncInterval(schedule.syncInterval())
                    .setNumPartitions(partitions).setDocIdCol("doc_id").setWarmStart(start);
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
