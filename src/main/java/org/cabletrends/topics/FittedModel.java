package org.cabletrends.topics;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A fitted topic model, whatever optimizer made it (MLlib online or EM, the project's Gibbs sampler), so that the
 * outputs of the topics stage and {@code cabletrends score} never depend on the optimizer. Topic columns are the
 * model's own order (0..k-1); stable ids are assigned on top of them ({@link TopicIds}).
 */
public interface FittedModel {
    /** {@code online}, {@code em} or {@code gibbs}. */
    String optimizer();

    int k();

    int vocabularySize();

    /** Topic–term distributions, {@code [k][vocabularySize]}, each row summing to 1 (term index = vocabulary order). */
    double[][] topicTerms();

    /**
     * Adds {@code topicDistribution} (a vector of k weights summing to 1) to rows with a {@code features} column of
     * term counts over the vocabulary.
     */
    Dataset<Row> transform(Dataset<Row> vectors);

    /**
     * The fitted documents' mixtures as the optimizer left them ({@code doc_id, topicDistribution}), when it keeps
     * them (Gibbs: from the final assignments); empty means {@link #transform} them.
     */
    default Optional<Dataset<Row>> trainingDistributions() {
        return Optional.empty();
    }

    /**
     * Log-likelihood of {@code vectors} under the model (MLlib: the variational lower bound), when the optimizer
     * defines one; the stage derives log-perplexity from it as −logLikelihood / tokens, as MLlib does.
     */
    OptionalDouble logLikelihood(Dataset<Row> vectors);

    /** Saves the model into {@code dir} (a folder that {@link ModelStore} reads back). */
    void save(String dir) throws IOException;
}
