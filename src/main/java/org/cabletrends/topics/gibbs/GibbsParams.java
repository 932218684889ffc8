package org.cabletrends.topics.gibbs;

import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;

/**
 * The params that both {@link GibbsLDA} and {@link GibbsLDAModel} carry (same names, so fitting copies them into the
 * model). Names follow MLlib's LDA where it has one.
 */
final class GibbsParams {
    static final int DEFAULT_K = 10;
    static final long DEFAULT_SEED = GibbsLDA.class.getName().hashCode();

    private GibbsParams() {
    }

    static Param<String> featuresCol(String owner) {
        return new Param<>(owner, "featuresCol", "features column: term count vectors (whole counts)");
    }

    static Param<String> topicDistributionCol(String owner) {
        return new Param<>(owner, "topicDistributionCol", "output column: each document's topic mixture");
    }

    static IntParam k(String owner) {
        return new IntParam(owner, "k", "number of topics (> 1)", ParamValidators.inRange(2, Short.MAX_VALUE));
    }

    static LongParam seed(String owner) {
        return new LongParam(owner, "seed", "random seed of the sampler and of inference");
    }

    static IntParam inferenceIter(String owner) {
        return new IntParam(owner, "inferenceIter", "Gibbs sweeps per document when transforming (MALLET: 100)",
                ParamValidators.gtEq(1));
    }

    static IntParam inferenceBurnIn(String owner) {
        return new IntParam(owner, "inferenceBurnIn", "sweeps before the first kept sample when transforming",
                ParamValidators.gtEq(0));
    }

    static IntParam inferenceThinning(String owner) {
        return new IntParam(owner, "inferenceThinning", "sweeps between kept samples when transforming",
                ParamValidators.gtEq(1));
    }
}
