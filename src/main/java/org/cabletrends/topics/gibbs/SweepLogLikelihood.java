package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/** The model log-likelihood per token after a sweep (MALLET's modelLogLikelihood / tokens). */
public record SweepLogLikelihood(int sweep, double perToken) implements Serializable {
}
