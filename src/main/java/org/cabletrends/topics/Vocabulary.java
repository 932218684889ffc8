package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The model's terms, chosen as CountVectorizer chooses them (document frequency within [minDf, maxDf], then the
 * {@code size} most frequent by corpus count) but with ties broken by the term, so the vocabulary and its index order
 * never depend on partitioning or task timing (MLlib's own top-k merges partitions in completion order).
 */
record Vocabulary(List<String> terms) {
    private static final UserDefinedFunction TOKENS = udf((UDF1<Vector, Long>) Vocabulary::tokens, DataTypes.LongType);

    Vocabulary {
        terms = List.copyOf(terms);
    }

    static Vocabulary fit(Dataset<Row> documents, int size, double minDf, double maxDf) {
        long n = documents.count();
        double least = minDf >= 1 ? minDf : minDf * n;
        double most = maxDf * n;
        Dataset<Row> perDoc = documents.select(explode(col("tokens")).as("term"), col("doc_id"))
                .groupBy("term", "doc_id").agg(count(lit(1)).as("n"));
        List<String> terms = perDoc.groupBy("term").agg(count(lit(1)).as("df"), sum("n").as("tf"))
                .filter(col("df").geq(least).and(col("df").leq(most)))
                .orderBy(col("tf").desc(), col("term").asc()).limit(size)
                .select("term").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        return new Vocabulary(terms);
    }

    /** {@code documents} with {@code features} (term counts) and {@code tokens} (their sum) instead of the tokens. */
    Dataset<Row> vectorize(Dataset<Row> documents) {
        CountVectorizerModel cv = new CountVectorizerModel(terms.toArray(String[]::new))
                .setInputCol("tokens").setOutputCol("features");
        return cv.transform(documents.select("refid", "doc_id", "tokens"))
                .select(col("refid"), col("doc_id"), TOKENS.apply(col("features")).as("tokens"), col("features"));
    }

    private static long tokens(Vector v) {
        double s = 0;
        for (double x : ((SparseVector) v.toSparse()).values()) {
            s += x;
        }
        return Math.round(s);
    }
}
