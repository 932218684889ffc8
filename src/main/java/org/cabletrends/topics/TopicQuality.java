package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code topic_quality} table and the model-level figures: per topic NPMI and UMass coherence of its top 10
 * tokens over the fitted documents ({@link CoherenceSpark}, the same definition as the reference {@code npmi.py}),
 * size, dominant cables, exclusivity and its link to the previous run; per model the log-likelihood.
 *
 * @param rows in ascending topic-id order
 */
record TopicQuality(List<Row> rows, double meanNpmi, double meanUmass, Likelihood likelihood) {
    /** Documents the model's likelihood is computed on at most (a deterministic sample by doc_id beyond). */
    static final long LIKELIHOOD_DOCUMENTS = 20_000;

    /**
     * The model's log-likelihood over {@code documents} fitted documents with {@code tokens} tokens (all of them, or a
     * sample of about {@link #LIKELIHOOD_DOCUMENTS}: one more pass of inference over every document would cost as
     * much as the fit's own passes on a large corpus).
     */
    record Likelihood(OptionalDouble logLikelihood, long documents, long tokens) {
        OptionalDouble logPerplexity() {
            return logLikelihood.isPresent() && tokens > 0
                    ? OptionalDouble.of(-logLikelihood.getAsDouble() / tokens) : OptionalDouble.empty();
        }
    }

    TopicQuality {
        rows = List.copyOf(rows);
    }

    static TopicQuality of(Dataset<Row> documents, TopicFit fit, TopicTerms terms, List<String> labels,
                           TopicIdentity identity, double[] sizesByColumn, Dataset<Row> docTopics) {
        Coherence.Result coherence = CoherenceSpark.compute(documents, terms.topTokens(Coherence.DEFAULT_TOP));
        List<Double> exclusivity = Exclusivity.of(terms.distributions(), Exclusivity.DEFAULT_TOP);
        Map<Integer, Long> dominant = new HashMap<>();
        docTopics.groupBy("topic_id").count().collectAsList()
                .forEach(r -> dominant.put(r.getInt(0), r.getLong(1)));
        int[] columns = identity.ids().columnsInIdOrder();
        double total = 0;
        for (double s : sizesByColumn) {
            total += s;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < terms.k(); i++) {
            int id = terms.ids().get(i);
            int column = columns[i];
            Coherence.TopicScore score = coherence.topics().get(i);
            TopicIdentity.Link link = identity.topics().get(column);
            rows.add(RowFactory.create(id, labels.get(i), score.npmi(), score.umass(),
                    total > 0 ? sizesByColumn[column] / total : 0.0, sizesByColumn[column],
                    dominant.getOrDefault(id, 0L), exclusivity.get(i), link.matched(), link.previousTopicId(),
                    link.distance()));
        }
        return new TopicQuality(rows, coherence.meanNpmi(), coherence.meanUmass(), likelihood(fit));
    }

    static Likelihood likelihood(TopicFit fit) {
        long fitted = fit.documents() - fit.emptyDocuments();
        if (fit.model().trainingDistributions().isPresent()) {
            // The sampler's likelihood is of its final training state: every document.
            return new Likelihood(fit.model().logLikelihood(fit.vectors()), fitted, fit.tokens());
        }
        Dataset<Row> sample = fit.vectors();
        if (fitted > LIKELIHOOD_DOCUMENTS) {
            long every = (fitted + LIKELIHOOD_DOCUMENTS - 1) / LIKELIHOOD_DOCUMENTS;
            sample = sample.filter(pmod(xxhash64(col("doc_id")), lit(every)).equalTo(0));
        }
        Row sums = sample.agg(count("*"), sum("tokens")).first();
        long tokens = sums.isNullAt(1) ? 0 : sums.getLong(1);
        return new Likelihood(fit.model().logLikelihood(sample), sums.getLong(0), tokens);
    }

    Dataset<Row> table(SparkSession spark) {
        return spark.createDataFrame(rows, TopicSchemas.TOPIC_QUALITY);
    }
}
