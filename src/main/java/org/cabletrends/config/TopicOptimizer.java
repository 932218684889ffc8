package org.cabletrends.config;

import java.util.Locale;

/** How LDA is fitted: MLlib's online variational Bayes or EM, or the project's distributed collapsed Gibbs sampler. */
public enum TopicOptimizer {
    ONLINE(100), EM(100), GIBBS(1000);

    private final int defaultIterations;

    TopicOptimizer(int defaultIterations) {
        this.defaultIterations = defaultIterations;
    }

    /** Iterations (sweeps for gibbs) used when {@code topics_iterations} is 0. */
    public int defaultIterations() {
        return defaultIterations;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
