package org.cabletrends.topics.gibbs;

import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;

/**
 * LDA by distributed collapsed Gibbs sampling (AD-LDA with SparseLDA sampling, MALLET's algorithm on Spark), used
 * like MLlib's {@code org.apache.spark.ml.clustering.LDA}: fit on a column of term count vectors ("features", e.g.
 * from CountVectorizer) and get a {@link GibbsLDAModel} whose transform adds "topicDistribution". α starts
 * symmetric at alphaSum / k; after burnIn sweeps, every optimizeInterval sweeps α (asymmetric) and β are
 * re-estimated as MALLET does (0 = never). After burnIn, each block runs syncInterval sweeps on its own copy of the
 * counts between merges (AD-LDA's synchronisation interval; 1 = after every sweep, as MALLET's threads do). With a
 * {@link WarmStart} the initial assignments are drawn from an earlier model instead of uniformly. Deterministic for
 * a fixed seed, numPartitions, syncInterval and warm start.
 */
public final class GibbsLDA extends Estimator<GibbsLDAModel> {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> featuresCol;
    private final Param<String> topicDistributionCol;
    private final IntParam k;
    private final IntParam maxIter;
    private final IntParam burnIn;
    private final IntParam optimizeInterval;
    private final DoubleParam alphaSum;
    private final DoubleParam beta;
    private final LongParam seed;
    private final IntParam checkpointInterval;
    private final IntParam logInterval;
    private final IntParam syncInterval;
    private final IntParam numPartitions;
    private final Param<String> docIdCol;
    private final IntParam inferenceIter;
    private final IntParam inferenceBurnIn;
    private final IntParam inferenceThinning;
    /** Not a Param: a model-sized array, carried by {@link #copy} and never written as metadata. */
    private WarmStart warmStart;

    public GibbsLDA() {
        this(Identifiable.randomUID("gibbsLDA"));
    }

    public GibbsLDA(String uid) {
        this.uid = uid;
        featuresCol = GibbsParams.featuresCol(uid);
        topicDistributionCol = GibbsParams.topicDistributionCol(uid);
        k = GibbsParams.k(uid);
        maxIter = new IntParam(uid, "maxIter", "sweeps (>= 0)", ParamValidators.gtEq(0));
        burnIn = new IntParam(uid, "burnIn", "sweeps before the first hyperparameter optimisation",
                ParamValidators.gtEq(0));
        optimizeInterval = new IntParam(uid, "optimizeInterval", "sweeps between α/β optimisations (0 = never)",
                ParamValidators.gtEq(0));
        alphaSum = new DoubleParam(uid, "alphaSum", "initial Σα (α_t = alphaSum / k)", ParamValidators.gt(0));
        beta = new DoubleParam(uid, "beta", "initial β (topic-word smoothing)", ParamValidators.gt(0));
        seed = GibbsParams.seed(uid);
        checkpointInterval = new IntParam(uid, "checkpointInterval",
                "sweeps between checkpoints of the assignments (0 = never)", ParamValidators.gtEq(0));
        logInterval = new IntParam(uid, "logInterval", "sweeps between log-likelihood log lines (0 = last only)",
                ParamValidators.gtEq(0));
        syncInterval = new IntParam(uid, "syncInterval",
                "after burnIn, sweeps each block runs on its own copy of the counts between merges (1 = every sweep)",
                ParamValidators.gtEq(1));
        numPartitions = new IntParam(uid, "numPartitions", "document blocks (0 = the default parallelism)",
                ParamValidators.gtEq(0));
        docIdCol = new Param<>(uid, "docIdCol", "column of document ids for trainingTopicDistributions (\"\" = none)");
        inferenceIter = GibbsParams.inferenceIter(uid);
        inferenceBurnIn = GibbsParams.inferenceBurnIn(uid);
        inferenceThinning = GibbsParams.inferenceThinning(uid);
        setDefault(featuresCol, "features");
        setDefault(topicDistributionCol, "topicDistribution");
        setDefault(k, GibbsParams.DEFAULT_K);
        setDefault(maxIter, 1000);
        setDefault(burnIn, 200);
        setDefault(optimizeInterval, 10);
        setDefault(alphaSum, 5.0);
        setDefault(beta, 0.01);
        setDefault(seed, GibbsParams.DEFAULT_SEED);
        setDefault(checkpointInterval, 10);
        setDefault(logInterval, 10);
        setDefault(syncInterval, 1);
        setDefault(numPartitions, 0);
        setDefault(docIdCol, "");
        setDefault(inferenceIter, 100);
        setDefault(inferenceBurnIn, 10);
        setDefault(inferenceThinning, 10);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public GibbsLDAModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        return FitGibbsLDA.of(this).execute(dataset);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return GibbsSchemas.output(schema, getFeaturesCol(), getTopicDistributionCol(), getDocIdCol());
    }

    @Override
    public GibbsLDA copy(ParamMap extra) {
        GibbsLDA copy = defaultCopy(extra);
        copy.warmStart = warmStart;
        return copy;
    }

    /** Initial assignments drawn from an earlier model (null: uniformly random, the default). */
    public GibbsLDA setWarmStart(WarmStart v) {
        this.warmStart = v;
        return this;
    }

    public WarmStart getWarmStart() {
        return warmStart;
    }

    /** The training settings these params give. */
    GibbsSettings settings() {
        return new GibbsSettings(getK(), getMaxIter(), getBurnIn(), getOptimizeInterval(), getAlphaSum(), getBeta(),
                getSeed(), getCheckpointInterval(), getLogInterval(), getSyncInterval());
    }

    // Params, getters and setters (MLlib style).
    public Param<String> featuresCol() { return featuresCol; }
    public Param<String> topicDistributionCol() { return topicDistributionCol; }
    public IntParam k() { return k; }
    public IntParam maxIter() { return maxIter; }
    public IntParam burnIn() { return burnIn; }
    public IntParam optimizeInterval() { return optimizeInterval; }
    public DoubleParam alphaSum() { return alphaSum; }
    public DoubleParam beta() { return beta; }
    public LongParam seed() { return seed; }
    public IntParam checkpointInterval() { return checkpointInterval; }
    public IntParam logInterval() { return logInterval; }
    public IntParam syncInterval() { return syncInterval; }
    public IntParam numPartitions() { return numPartitions; }
    public Param<String> docIdCol() { return docIdCol; }
    public IntParam inferenceIter() { return inferenceIter; }
    public IntParam inferenceBurnIn() { return inferenceBurnIn; }
    public IntParam inferenceThinning() { return inferenceThinning; }

    public String getFeaturesCol() { return $(featuresCol); }
    public String getTopicDistributionCol() { return $(topicDistributionCol); }
    public int getK() { return (Integer) $(k); }
    public int getMaxIter() { return (Integer) $(maxIter); }
    public int getBurnIn() { return (Integer) $(burnIn); }
    public int getOptimizeInterval() { return (Integer) $(optimizeInterval); }
    public double getAlphaSum() { return (Double) $(alphaSum); }
    public double getBeta() { return (Double) $(beta); }
    public long getSeed() { return (Long) $(seed); }
    public int getCheckpointInterval() { return (Integer) $(checkpointInterval); }
    public int getLogInterval() { return (Integer) $(logInterval); }
    public int getSyncInterval() { return (Integer) $(syncInterval); }
    public int getNumPartitions() { return (Integer) $(numPartitions); }
    public String getDocIdCol() { return $(docIdCol); }
    public int getInferenceIter() { return (Integer) $(inferenceIter); }
    public int getInferenceBurnIn() { return (Integer) $(inferenceBurnIn); }
    public int getInferenceThinning() { return (Integer) $(inferenceThinning); }

    public GibbsLDA setFeaturesCol(String v) { return (GibbsLDA) set(featuresCol, v); }
    public GibbsLDA setTopicDistributionCol(String v) { return (GibbsLDA) set(topicDistributionCol, v); }
    public GibbsLDA setK(int v) { return (GibbsLDA) set(k, v); }
    public GibbsLDA setMaxIter(int v) { return (GibbsLDA) set(maxIter, v); }
    public GibbsLDA setBurnIn(int v) { return (GibbsLDA) set(burnIn, v); }
    public GibbsLDA setOptimizeInterval(int v) { return (GibbsLDA) set(optimizeInterval, v); }
    public GibbsLDA setAlphaSum(double v) { return (GibbsLDA) set(alphaSum, v); }
    public GibbsLDA setBeta(double v) { return (GibbsLDA) set(beta, v); }
    public GibbsLDA setSeed(long v) { return (GibbsLDA) set(seed, v); }
    public GibbsLDA setCheckpointInterval(int v) { return (GibbsLDA) set(checkpointInterval, v); }
    public GibbsLDA setLogInterval(int v) { return (GibbsLDA) set(logInterval, v); }
    public GibbsLDA setSyncInterval(int v) { return (GibbsLDA) set(syncInterval, v); }
    public GibbsLDA setNumPartitions(int v) { return (GibbsLDA) set(numPartitions, v); }
    public GibbsLDA setDocIdCol(String v) { return (GibbsLDA) set(docIdCol, v); }
    public GibbsLDA setInferenceIter(int v) { return (GibbsLDA) set(inferenceIter, v); }
    public GibbsLDA setInferenceBurnIn(int v) { return (GibbsLDA) set(inferenceBurnIn, v); }
    public GibbsLDA setInferenceThinning(int v) { return (GibbsLDA) set(inferenceThinning, v); }
}
