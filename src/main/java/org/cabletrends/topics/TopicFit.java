package org.cabletrends.topics;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link FitTopics} returns.
 *
 * @param model          the fitted model (topic columns in the model's own order)
 * @param vocabulary     the model's terms in index order (tokens as prepared, not display forms)
 * @param vectors        the fitted documents: {@code refid, doc_id, tokens (long: tokens in the vocabulary),
 *                       features}, cached, sorted by doc_id; documents without a vocabulary token are left out
 * @param documents      documents given
 * @param emptyDocuments documents left out because none of their tokens is in the vocabulary
 * @param tokens         tokens of the fitted documents that are in the vocabulary
 * @param iterations     iterations (sweeps) run
 * @param vectorizeSeconds time to build the vocabulary and the count vectors
 * @param fitSeconds     time of the optimizer
 * @param warmStart      the previous model the fit started from, or empty for a cold start
 */
public record TopicFit(FittedModel model, List<String> vocabulary, Dataset<Row> vectors, long documents,
                       long emptyDocuments, long tokens, int iterations, double vectorizeSeconds, double fitSeconds,
                       Optional<WarmStarted> warmStart) {
    public TopicFit {
        vocabulary = List.copyOf(vocabulary);
    }

    /**
     * A fit that started from a previous run's model (docs/TOPICS.md, "Warm start").
     *
     * @param topics     the previous topics folder
     * @param knownTerms terms of this fit's vocabulary the previous model has (the others started at random)
     */
    public record WarmStarted(String topics, int knownTerms) {
    }
}
