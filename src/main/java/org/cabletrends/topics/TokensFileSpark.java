package org.cabletrends.topics;

import java.util.Collections;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark side of {@link TokensFile}: the same format and rules, read into a Dataset. Uses the Hadoop text reader
 * (splits in file order, so line numbers are right; {@code .gz} by suffix, one partition per gzip file). A path may
 * name a directory or glob; line numbers then run on across files in listing order.
 */
public final class TokensFileSpark {
    /** {@code refid string, tokens array<string>}: the corpus shape {@link CoherenceSpark} reads. */
    public static final StructType SCHEMA = new StructType()
            .add("refid", DataTypes.StringType, false)
            .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private TokensFileSpark() {
    }

    /**
     * The documents of {@code path}, lazily (no job runs here unless the input has several splits, which
     * {@code zipWithIndex} counts first). Blank and malformed lines are dropped; {@link #count} counts them.
     */
    public static Dataset<Row> read(SparkSession spark, String path) {
        JavaRDD<Row> rows = lines(spark, path).zipWithIndex().flatMap(t -> {
            if (TokensFile.classify(t._1()) != TokensFile.Kind.DOCUMENT) {
                return Collections.emptyIterator();
            }
            TokensFile.Document d = TokensFile.parse(t._1(), t._2() + 1);
            return Collections.singletonList(RowFactory.create(d.refid(), d.tokens().toArray())).iterator();
        });
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** Line counts of {@code path} (one pass over the text; tokens are not split). */
    public static TokensFile.Counts count(SparkSession spark, String path) {
        Map<TokensFile.Kind, Long> byKind = lines(spark, path).map(TokensFile::classify).countByValue();
        long docs = byKind.getOrDefault(TokensFile.Kind.DOCUMENT, 0L);
        long blank = byKind.getOrDefault(TokensFile.Kind.BLANK, 0L);
        long malformed = byKind.getOrDefault(TokensFile.Kind.MALFORMED, 0L);
        return new TokensFile.Counts(docs + blank + malformed, docs, blank, malformed);
    }

    private static JavaRDD<String> lines(SparkSession spark, String path) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(path);
    }
}
