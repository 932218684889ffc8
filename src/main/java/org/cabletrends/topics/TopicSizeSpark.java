package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** {@link TopicSize#ofDocuments} over a Dataset of documents: one tree aggregation of k sums. */
public final class TopicSizeSpark {
    private TopicSizeSpark() {
    }

    /**
     * Topic shares from the column {@code distribution} (an ml {@code Vector}, as MLlib LDA's
     * {@code topicDistribution}, or {@code array<double>}) weighted by the numeric column {@code length}, or by 1
     * per document when {@code length} is null. Null distributions count for nothing.
     */
    public static List<Double> ofDocuments(Dataset<Row> documents, String distribution, String length, int k) {
        Dataset<Row> input = documents.select(col(distribution), length == null ? lit(1.0) : col(length)
                .cast("double"));
        double[] sum = input.javaRDD().treeAggregate(new double[k], (acc, row) -> row.isNullAt(0) || row.isNullAt(1)
                ? acc : TopicSize.add(acc, theta(row.get(0)), row.getDouble(1)), TopicSizeSpark::plus);
        return TopicSize.ofWeights(sum);
    }

    private static double[] theta(Object value) {
        if (value instanceof Vector v) {
            return v.toArray();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq).stream()
                    .mapToDouble(x -> x == null ? 0 : ((Number) x).doubleValue()).toArray();
        }
        throw new IllegalArgumentException("Invalid topic distribution value of type " + value.getClass().getName()
                + ": expected an ml Vector or array<double>");
    }

    private static double[] plus(double[] a, double[] b) {
        for (int t = 0; t < a.length; t++) {
            a[t] += b[t];
        }
        return a;
    }
}
