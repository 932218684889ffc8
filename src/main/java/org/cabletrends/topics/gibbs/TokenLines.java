package org.cabletrends.topics.gibbs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Minimal reader of a pre-tokenized file (one document a line, {@code refid<TAB>space-separated tokens}, plain or
 * gzipped): columns refid (string) and tokens (array of strings, empty tokens dropped), in file order. A stand-in
 * until the topics pipeline's own tokens reader exists.
 */
public final class TokenLines {
    private TokenLines() {
    }

    public static Dataset<Row> read(SparkSession spark, String path) {
        return spark.read().text(path)
                .where(expr("length(value) > 0"))
                .select(expr("substring_index(value, '\\t', 1)").as("refid"),
                        expr("filter(split(substring(value, instr(value, '\\t') + 1), ' '), t -> t != '')")
                                .as("tokens"))
                .select(col("refid"), col("tokens"));
    }
}
