package org.cabletrends.topics.gibbs;

import java.io.Serializable;
import java.util.List;

/**
 * What a fit measured: sweeps run, documents and tokens sampled, the final model log-likelihood (MALLET's
 * modelLogLikelihood of the last state) and the per-token trace every logInterval sweeps.
 */
public record TrainingSummary(int sweeps, long docs, long tokens, double logLikelihood,
        List<SweepLogLikelihood> trace) implements Serializable {
    public TrainingSummary {
        trace = List.copyOf(trace);
    }

    public double logLikelihoodPerToken() {
        return tokens == 0 ? Double.NaN : logLikelihood / tokens;
    }
}
