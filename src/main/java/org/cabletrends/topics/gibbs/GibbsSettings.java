package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/** The training settings of one fit (the estimator's params, checked). */
record GibbsSettings(int k, int maxIter, int burnIn, int optimizeInterval, double alphaSum, double beta, long seed,
        int checkpointInterval, int logInterval, int syncInterval) implements Serializable {
    GibbsSettings {
        if (syncInterval < 1) {
            throw new IllegalArgumentException("Invalid syncInterval " + syncInterval + " (at least 1)");
        }
        if (k < 2 || k > Short.MAX_VALUE) {
            throw new IllegalArgumentException("Invalid k " + k + " (2 to " + Short.MAX_VALUE + ")");
        }
        if (maxIter < 0 || burnIn < 0 || optimizeInterval < 0 || checkpointInterval < 0 || logInterval < 0) {
            throw new IllegalArgumentException("Invalid sweep counts: maxIter " + maxIter + ", burnIn " + burnIn
                    + ", optimizeInterval " + optimizeInterval + ", checkpointInterval " + checkpointInterval
                    + ", logInterval " + logInterval + " (none may be negative)");
        }
        if (!(alphaSum > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("Invalid priors: alphaSum " + alphaSum + ", beta " + beta
                    + " (both must be > 0)");
        }
    }
}
