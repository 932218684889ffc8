package org.cabletrends.topics;

import org.apache.spark.ml.clustering.LDA;

/**
 * Settings of MLlib's online variational Bayes that the stage fixes (docs/TOPICS.md, "Online optimizer settings").
 * MLlib's defaults (τ₀ = 1024, 5% mini-batches) suit millions of documents: on thousands the learning rate
 * (τ₀ + t)^−κ stays near 0.03 and topics barely leave their random start. Here early mini-batches count fully and
 * the mini-batch fraction is set so that the iterations read a small corpus five times and a large one once.
 *
 * @param subsamplingRate fraction of documents per iteration
 * @param learningOffset  τ₀
 * @param learningDecay   κ
 */
record OnlineTuning(double subsamplingRate, double learningOffset, double learningDecay) {
    static final double LEARNING_OFFSET = 1;
    static final double LEARNING_DECAY = 0.5;
    /** Passes over the corpus for corpora up to {@link #SMALL_CORPUS} documents. */
    static final double SMALL_CORPUS_PASSES = 5;
    static final long SMALL_CORPUS = 20_000;

    static OnlineTuning of(long documents, int iterations) {
        return new OnlineTuning(Math.min(1.0, passes(documents) / Math.max(1, iterations)), LEARNING_OFFSET,
                LEARNING_DECAY);
    }

    /** 5 up to 20,000 documents, then 100,000 / documents, at least 1. */
    static double passes(long documents) {
        return documents <= SMALL_CORPUS ? SMALL_CORPUS_PASSES
                : Math.max(1, SMALL_CORPUS_PASSES * SMALL_CORPUS / (double) documents);
    }

    LDA applyTo(LDA lda) {
        return lda.setSubsamplingRate(subsamplingRate).setLearningOffset(learningOffset)
                .setLearningDecay(learningDecay).setOptimizeDocConcentration(true);
    }
}
