package org.cabletrends.topics.gibbs;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * A topic model fitted by {@link GibbsLDA}, shaped like MLlib's LDAModel: {@link #topicsMatrix()},
 * {@link #describeTopics(int)}, and {@link #transform} which infers each document's topic mixture by Gibbs sampling
 * against the fixed model (MALLET's inferencer; seeded by the model seed and the document, so the same document
 * always gets the same mixture). Saved as JSON metadata plus a Parquet table of counts ({@link #save}, {@link #load}).
 */
public final class GibbsLDAModel extends Model<GibbsLDAModel> {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final TopicCounts counts;
    private final TrainingSummary summary;
    private final transient Dataset<Row> trainingDistributions;
    private final Param<String> featuresCol;
    private final Param<String> topicDistributionCol;
    private final IntParam k;
    private final LongParam seed;
    private final IntParam inferenceIter;
    private final IntParam inferenceBurnIn;
    private final IntParam inferenceThinning;

    GibbsLDAModel(String uid, TopicCounts counts, TrainingSummary summary, Dataset<Row> trainingDistributions) {
        this.uid = uid;
        this.counts = counts;
        this.summary = summary;
        this.trainingDistributions = trainingDistributions;
        featuresCol = GibbsParams.featuresCol(uid);
        topicDistributionCol = GibbsParams.topicDistributionCol(uid);
        k = GibbsParams.k(uid);
        seed = GibbsParams.seed(uid);
        inferenceIter = GibbsParams.inferenceIter(uid);
        inferenceBurnIn = GibbsParams.inferenceBurnIn(uid);
        inferenceThinning = GibbsParams.inferenceThinning(uid);
        setDefault(featuresCol, "features");
        setDefault(topicDistributionCol, "topicDistribution");
        setDefault(k, counts.k());
        setDefault(seed, GibbsParams.DEFAULT_SEED);
        setDefault(inferenceIter, 100);
        setDefault(inferenceBurnIn, 10);
        setDefault(inferenceThinning, 10);
    }

    @Override
    public String uid() {
        return uid;
    }

    public int vocabSize() {
        return counts.vocabSize();
    }

    /** V × k topic-word probabilities with β smoothing; column t is topic t. */
    public Matrix topicsMatrix() {
        return counts.topicsMatrix();
    }

    /** Each topic's maxTermsPerTopic most probable terms: topic, termIndices, termWeights (as MLlib). */
    public Dataset<Row> describeTopics(int maxTermsPerTopic) {
        return SparkSession.active().createDataFrame(counts.describeTopics(maxTermsPerTopic), GibbsSchemas.TOPICS);
    }

    public Dataset<Row> describeTopics() {
        return describeTopics(10);
    }

    /** The estimated asymmetric Dirichlet prior on document–topic mixtures (α_t). */
    public double[] alpha() {
        return counts.alpha().clone();
    }

    /** The estimated symmetric topic–word prior. */
    public double beta() {
        return counts.beta();
    }

    /** The model log-likelihood of the final training state (MALLET's modelLogLikelihood). */
    public double logLikelihood() {
        return summary.logLikelihood();
    }

    public double logLikelihoodPerToken() {
        return summary.logLikelihoodPerToken();
    }

    public TrainingSummary summary() {
        return summary;
    }

    /** Log-likelihood per token every logInterval sweeps of the fit. */
    public List<SweepLogLikelihood> trainingLogLikelihoods() {
        return summary.trace();
    }

    /**
     * Topic mixtures of the training documents from the final assignments, (α_t + n_dt) / (Σα + n_d), as MALLET's
     * doc-topics: columns docIdCol and topicDistributionCol, persisted. Only when the fit had a docIdCol.
     */
    public Dataset<Row> trainingTopicDistributions() {
        if (trainingDistributions == null) {
            throw new IllegalStateException("Cannot give training topic distributions: fitted without a docIdCol"
                    + " (or loaded from disk)");
        }
        return trainingDistributions;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        Broadcast<DocInference> inference = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext())
                .broadcast(counts.inference());
        long s = getSeed();
        int iterations = getInferenceIter();
        int burnIn = getInferenceBurnIn();
        int thinning = getInferenceThinning();
        UserDefinedFunction infer = functions.udf((UDF1<Vector, Vector>) v -> {
            int[] words = DocBlocks.tokens(v);
            long docSeed = Rng.mix(s ^ java.util.Arrays.hashCode(words));
            return Vectors.dense(inference.value().infer(words, docSeed, iterations, burnIn, thinning));
        }, SQLDataTypes.VectorType());
        return dataset.withColumn(getTopicDistributionCol(), infer.apply(functions.col(getFeaturesCol())));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return GibbsSchemas.output(schema, getFeaturesCol(), getTopicDistributionCol(), null);
    }

    @Override
    public GibbsLDAModel copy(ParamMap extra) {
        GibbsLDAModel copy = new GibbsLDAModel(uid, counts, summary, trainingDistributions);
        return copyValues(copy, extra).setParent(parent());
    }

    /** Writes the model to a directory (any Hadoop path): metadata.json and topic_word_counts (Parquet). */
    public void save(String path) {
        GibbsModelIO.save(this, path);
    }

    public static GibbsLDAModel load(String path) {
        return GibbsModelIO.load(path);
    }

    TopicCounts counts() {
        return counts;
    }

    public Param<String> featuresCol() { return featuresCol; }
    public Param<String> topicDistributionCol() { return topicDistributionCol; }
    public IntParam k() { return k; }
    public LongParam seed() { return seed; }
    public IntParam inferenceIter() { return inferenceIter; }
    public IntParam inferenceBurnIn() { return inferenceBurnIn; }
    public IntParam inferenceThinning() { return inferenceThinning; }

    public String getFeaturesCol() { return $(featuresCol); }
    public String getTopicDistributionCol() { return $(topicDistributionCol); }
    public int getK() { return (Integer) $(k); }
    public long getSeed() { return (Long) $(seed); }
    public int getInferenceIter() { return (Integer) $(inferenceIter); }
    public int getInferenceBurnIn() { return (Integer) $(inferenceBurnIn); }
    public int getInferenceThinning() { return (Integer) $(inferenceThinning); }

    public GibbsLDAModel setFeaturesCol(String v) { return (GibbsLDAModel) set(featuresCol, v); }
    public GibbsLDAModel setTopicDistributionCol(String v) { return (GibbsLDAModel) set(topicDistributionCol, v); }
    public GibbsLDAModel setSeed(long v) { return (GibbsLDAModel) set(seed, v); }
    public GibbsLDAModel setInferenceIter(int v) { return (GibbsLDAModel) set(inferenceIter, v); }
    public GibbsLDAModel setInferenceBurnIn(int v) { return (GibbsLDAModel) set(inferenceBurnIn, v); }
    public GibbsLDAModel setInferenceThinning(int v) { return (GibbsLDAModel) set(inferenceThinning, v); }
}
