package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Finds the phrases of a corpus on Spark: counts stems and adjacent stem pairs within sentences in one aggregation,
 * keeps pairs met at least {@code minCount} times whose NPMI ({@link Phrases#npmi}, n = all stems) is at least
 * {@code threshold}. Stem counts and frequent pairs are collected to the driver (one row per distinct stem).
 */
final class PhraseCounts {
    private PhraseCounts() {
    }

    /** @param tokenised rows with a {@code stems} column: stems with {@link PrepareTokens.SentenceCodec#BREAK}s */
    static Phrases find(Dataset<Row> tokenised, long minCount, double threshold) {
        List<Row> rows = tokenised.mapPartitions((MapPartitionsFunction<Row, Row>) TokenPasses::gramCounts,
                        Encoders.row(PrepareTokens.PAIR_COUNTS))
                .groupBy("first", "second").agg(sum("count").as("count"))
                .filter(col("second").equalTo("").or(col("count").geq(minCount)))
                .collectAsList();
        Map<String, Long> stems = new HashMap<>();
        long n = 0;
        for (Row r : rows) {
            if (r.getString(1).isEmpty()) {
                stems.put(r.getString(0), r.getLong(2));
                n += r.getLong(2);
            }
        }
        List<Phrase> phrases = new ArrayList<>();
        for (Row r : rows) {
            if (!r.getString(1).isEmpty()) {
                String a = r.getString(0);
                String b = r.getString(1);
                double score = Phrases.npmi(r.getLong(2), stems.get(a), stems.get(b), n);
                if (score >= threshold) {
                    phrases.add(new Phrase(a, b, r.getLong(2), score));
                }
            }
        }
        return Phrases.of(phrases);
    }
}
