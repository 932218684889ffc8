package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.ingest.Stages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark action: documents ({@link PrepareTokens#DOCUMENTS}) to term-count vectors over a vocabulary chosen as
 * MLlib's {@code CountVectorizer} chooses it — tokens whose document frequency is at least {@code minDf} and at most
 * {@code maxDf}, the {@code vocabSize} most frequent of them over the corpus — but with ties ordered by token, so the
 * vocabulary (and the index of every term) is the same on every run. Vectors come from a
 * {@link CountVectorizerModel} built on that vocabulary.
 *
 * <p>{@code minDf} ≥ 1 is a document count, below 1 a fraction of the documents; {@code maxDf} is always a fraction
 * in (0, 1] (1 = no upper limit), unlike MLlib where {@code maxDF} = 1.0 means one document.
 */
public final class Vectorize {
    private static final Logger LOG = LoggerFactory.getLogger(Vectorize.class);

    private final int vocabSize;
    private final double minDf;
    private final double maxDf;

    private Vectorize(int vocabSize, double minDf, double maxDf) {
        if (vocabSize < 1) {
            throw new IllegalArgumentException("Invalid vocabulary size: " + vocabSize + " (must be at least 1)");
        }
        if (!(minDf > 0) || Double.isInfinite(minDf)) {
            throw new IllegalArgumentException("Invalid min_df: " + minDf + " (a count ≥ 1 or a fraction in (0, 1))");
        }
        if (!(maxDf > 0 && maxDf <= 1)) {
            throw new IllegalArgumentException("Invalid max_df: " + maxDf + " (a fraction in (0, 1])");
        }
        this.vocabSize = vocabSize;
        this.minDf = minDf;
        this.maxDf = maxDf;
    }

    /** vocab_size, min_df and max_df of the settings. */
    public static Vectorize of(TopicSettings settings) {
        return new Vectorize(settings.vocabSize(), settings.minDf(), settings.maxDf());
    }

    public static Vectorize of(int vocabSize, double minDf, double maxDf) {
        return new Vectorize(vocabSize, minDf, maxDf);
    }

    /**
     * @param documents rows with {@code refid}, {@code doc_id} and {@code tokens} (array of strings)
     * @return {@code features} (refid, doc_id, features: vector of term counts over the vocabulary), not persisted
     */
    public Vectorized execute(Dataset<Row> documents) throws Exception {
        long docs = documents.count();
        List<String> vocabulary = vocabulary(documents, docs);
        CountVectorizerModel model = new CountVectorizerModel(vocabulary.toArray(String[]::new))
                .setInputCol("tokens").setOutputCol("features");
        Dataset<Row> features = model.transform(documents).select("refid", "doc_id", "features");
        double[] totals = features.toJavaRDD().map(r -> {
            Vector v = (Vector) r.get(2);
            double sum = 0;
            for (double x : v.toSparse().values()) {
                sum += x;
            }
            return new double[] {v.numNonzeros() == 0 ? 1 : 0, sum};
        }).fold(new double[2], (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
        long empty = (long) totals[0];
        long tokens = (long) totals[1];
        LOG.info("stage=topic_vectors documents={} without_vocabulary_terms={} vocabulary_tokens={}", docs, empty,
                tokens);
        return new Vectorized(features, vocabulary, model, docs, empty, tokens);
    }

    /** Least and most documents a vocabulary term is in. */
    long[] documentBounds(long docs) {
        long least = minDf >= 1 ? (long) Math.ceil(minDf) : (long) Math.ceil(minDf * docs);
        long most = (long) Math.floor(maxDf * docs);
        return new long[] {Math.max(1, least), most};
    }

    /**
     * The vocabulary alone (most frequent first, ties by term), in one pass over the documents: term and document
     * frequencies counted per partition, then summed by token. {@code docs} is the number of documents.
     */
    public List<String> vocabulary(Dataset<Row> documents, long docs) throws Exception {
        return new Stages(LOG).run("topic_vocabulary", () -> terms(documents, docs),
                v -> "documents=" + docs + " vocabulary=" + v.size() + " min_df=" + minDf + " max_df=" + maxDf);
    }

    private List<String> terms(Dataset<Row> documents, long docs) {
        long[] bounds = documentBounds(docs);
        List<Row> rows = documents.select("tokens")
                .mapPartitions((MapPartitionsFunction<Row, Row>) TokenPasses::termCounts,
                        Encoders.row(TokenPasses.TERM_COUNTS))
                .groupBy("token").agg(sum("tf").as("tf"), sum("df").as("df"))
                .filter(col("df").geq(bounds[0]).and(col("df").leq(bounds[1])))
                .orderBy(col("tf").desc(), col("token").asc()).limit(vocabSize)
                .select("token").collectAsList();
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.getString(0)));
        return List.copyOf(out);
    }
}
