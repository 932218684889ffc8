package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the phrases of a corpus on Spark: counts stems and adjacent stem pairs within sentences in one aggregation,
 * keeps pairs met at least {@code minCount} times whose NPMI ({@link Phrases#npmi}, n = all stems) is at least
 * {@code threshold}. Stem counts and frequent pairs are collected to the driver (one row per distinct stem).
 */
final class PhraseCounts {
    /** {@code second} is "" for a single stem. */
    private static final StructType GRAM = new StructType()
            .add("first", DataTypes.StringType, false)
            .add("second", DataTypes.StringType, false);

    private PhraseCounts() {
    }

    /** @param tokenised rows with a {@code stems} column: stems with {@link PrepareTokens.SentenceCodec#BREAK}s */
    static Phrases find(Dataset<Row> tokenised, long minCount, double threshold) {
        List<Row> rows = tokenised.select("stems")
                .flatMap((FlatMapFunction<Row, Row>) r -> grams(r.getList(0)), Encoders.row(GRAM))
                .groupBy("first", "second").count()
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

    private static Iterator<Row> grams(List<String> stems) {
        List<Row> out = new ArrayList<>(stems.size() * 2);
        String brk = PrepareTokens.SentenceCodec.BREAK;
        for (int i = 0; i < stems.size(); i++) {
            String x = stems.get(i);
            if (brk.equals(x)) {
                continue;
            }
            out.add(RowFactory.create(x, ""));
            if (i + 1 < stems.size() && !brk.equals(stems.get(i + 1))) {
                out.add(RowFactory.create(x, stems.get(i + 1)));
            }
        }
        return out.iterator();
    }
}
