package org.cabletrends.topics;

import org.apache.spark.ml.clustering.LDA;

/**
 * Settings of MLlib's online variational Bayes that the project fixes (docs/TOPICS.md, "Online optimizer"). MLlib's
 * defaults (τ₀ = 1024, 5% mini-batches) are tuned for millions of documents: on a corpus of thousands the learning
 * rate (τ₀ + t)^−κ stays near 0.03 and 100 iterations see each document five times, so topics barely move from their
 * random start. Here a mini-batch is a fixed number of documents (all of them for small corpora) and the learning
 * rate starts high.
 *
 * @param subsamplingRate fraction of documents per iteration
 * @param learningOffset  τ₀
 * @param learningDecay   κ
 */
record OnlineTuning(double subsamplingRate, double learningOffset, double learningDecay) {
    /** Documents per mini-batch. */
    static final int BATCH_DOCUMENTS = 2_000;
    static final double LEARNING_OFFSET = 1;
    static final double LEARNING_DECAY = 0.5;

    static OnlineTuning of(long documents) {
        double rate = Math.min(1.0, BATCH_DOCUMENTS / (double) Math.max(1, documents));
        return new OnlineTuning(rate, LEARNING_OFFSET, LEARNING_DECAY);
    }

    LDA applyTo(LDA lda) {
        return lda.setSubsamplingRate(subsamplingRate).setLearningOffset(learningOffset)
                .setLearningDecay(learningDecay).setOptimizeDocConcentration(true);
    }
}
