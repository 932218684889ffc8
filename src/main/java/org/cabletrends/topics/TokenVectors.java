package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Documents as term counts over a fixed vocabulary (as {@link Vectorize} makes them): {@code refid, doc_id, tokens
 * (long: tokens in the vocabulary), features}. Used for a model's own documents and for new ones scored later.
 */
final class TokenVectors {
    private static final UserDefinedFunction TOKENS = udf((UDF1<Vector, Long>) TokenVectors::tokens, DataTypes.LongType);

    private TokenVectors() {
    }

    static Dataset<Row> of(List<String> vocabulary, Dataset<Row> documents) {
        CountVectorizerModel cv = new CountVectorizerModel(vocabulary.toArray(String[]::new))
                .setInputCol("tokens").setOutputCol("features");
        return withTokens(cv.transform(documents.select("refid", "doc_id", "tokens")).select("refid", "doc_id", "features"));
    }

    /** Adds {@code tokens} (the sum of the counts) to rows with {@code refid, doc_id, features}. */
    static Dataset<Row> withTokens(Dataset<Row> features) {
        return features.select(col("refid"), col("doc_id"), TOKENS.apply(col("features")).as("tokens"), col("features"));
    }

    private static long tokens(Vector v) {
        double s = 0;
        for (double x : v.toSparse().values()) {
            s += x;
        }
        return Math.round(s);
    }
}
