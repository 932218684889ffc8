package org.cabletrends.topics.gibbs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A fitted model's numbers: word–topic counts (dense, index w * k + t), tokens per topic, α and β. Topic-word
 * probabilities are smoothed: φ_tw = (n_wt + β) / (n_t + Vβ).
 */
record TopicCounts(int k, int vocabSize, int[] wordTopic, int[] topicTotals, double[] alpha, double beta)
        implements Serializable {
    TopicCounts {
        if (wordTopic.length != vocabSize * k || topicTotals.length != k || alpha.length != k) {
            throw new IllegalArgumentException("Invalid topic counts: " + wordTopic.length + " word-topic cells, "
                    + topicTotals.length + " totals, " + alpha.length + " alphas for " + vocabSize + " words x "
                    + k + " topics");
        }
    }

    double probability(int w, int t) {
        return (wordTopic[w * k + t] + beta) / (topicTotals[t] + beta * vocabSize);
    }

    /** V × k, column t = topic t's word distribution (MLlib's orientation). */
    Matrix topicsMatrix() {
        double[] values = new double[vocabSize * k];
        for (int t = 0; t < k; t++) {
            for (int w = 0; w < vocabSize; w++) {
                values[t * vocabSize + w] = probability(w, t);
            }
        }
        return new DenseMatrix(vocabSize, k, values);
    }

    /** Rows (topic, termIndices, termWeights): each topic's most probable words, ties by lower index. */
    List<Row> describeTopics(int maxTerms) {
        List<Row> rows = new ArrayList<>(k);
        int n = Math.min(maxTerms, vocabSize);
        for (int t = 0; t < k; t++) {
            final int topic = t;
            int[] order = java.util.stream.IntStream.range(0, vocabSize).boxed()
                    .sorted((a, b) -> wordTopic[a * k + topic] != wordTopic[b * k + topic]
                            ? Integer.compare(wordTopic[b * k + topic], wordTopic[a * k + topic])
                            : Integer.compare(a, b))
                    .limit(n).mapToInt(Integer::intValue).toArray();
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = probability(order[i], t);
            }
            rows.add(RowFactory.create(t, box(order), box(weights)));
        }
        return rows;
    }

    /** The sampler for new documents against these counts. */
    DocInference inference() {
        long[] frequency = new long[vocabSize];
        for (int i = 0; i < wordTopic.length; i++) {
            frequency[i / k] += wordTopic[i];
        }
        PackedLayout layout = PackedLayout.of(k, frequency);
        return new DocInference(layout, layout.pack(wordTopic), topicTotals, alpha, beta);
    }

    long tokens() {
        long n = 0;
        for (int c : topicTotals) {
            n += c;
        }
        return n;
    }

    private static Integer[] box(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static Double[] box(double[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Double[]::new);
    }
}
