package org.cabletrends.topics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Documents as term counts over a fixed vocabulary (as {@link Vectorize} makes them): {@code refid, doc_id, tokens
 * (long: tokens in the vocabulary), features}. Used for a model's own documents and for new ones scored later. The
 * vectors are those MLlib's {@code CountVectorizerModel} gives (counts of the vocabulary's terms, indices ascending),
 * made without its boxed per-term sort, which cost more than the rest of the pass.
 */
final class TokenVectors {
    static final StructType SCHEMA = new StructType()
            .add("refid", DataTypes.StringType, true)
            .add("doc_id", DataTypes.StringType, true)
            .add("tokens", DataTypes.LongType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    private TokenVectors() {
    }

    static Dataset<Row> of(List<String> vocabulary, Dataset<Row> documents) {
        Broadcast<Map<String, Integer>> index = JavaSparkContext.fromSparkContext(
                documents.sparkSession().sparkContext()).broadcast(Vectorized.indexOf(vocabulary));
        int size = vocabulary.size();
        return documents.select("refid", "doc_id", "tokens").map((MapFunction<Row, Row>) r -> {
            Vector v = counts(r.isNullAt(2) ? List.of() : r.getList(2), index.value(), size);
            return RowFactory.create(r.get(0), r.get(1), total(v), v);
        }, Encoders.row(SCHEMA));
    }

    /** The counts of a token list's vocabulary terms, as a sparse vector of {@code size} with indices ascending. */
    static Vector counts(List<String> tokens, Map<String, Integer> index, int size) {
        int[] found = new int[tokens.size()];
        int n = 0;
        for (String t : tokens) {
            Integer i = index.get(t);
            if (i != null) {
                found[n++] = i;
            }
        }
        Arrays.sort(found, 0, n);
        int[] indices = new int[n];
        double[] values = new double[n];
        int distinct = 0;
        for (int j = 0; j < n; j++) {
            if (distinct == 0 || indices[distinct - 1] != found[j]) {
                indices[distinct++] = found[j];
            }
            values[distinct - 1]++;
        }
        return Vectors.sparse(size, Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }

    private static long total(Vector v) {
        double s = 0;
        for (double x : v.toSparse().values()) {
            s += x;
        }
        return Math.round(s);
    }
}
