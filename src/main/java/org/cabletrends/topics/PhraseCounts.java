package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the phrases of a corpus on Spark: counts stems and adjacent stem pairs within sentences, keeps pairs met at
 * least {@code minCount} times whose NPMI ({@link Phrases#npmi}, n = all stems) is at least {@code threshold}.
 */
final class PhraseCounts {
    private static final StructType PAIR = new StructType()
            .add("first", DataTypes.StringType, false)
            .add("second", DataTypes.StringType, false);

    private PhraseCounts() {
    }

    /** @param tokenised rows with a {@code stems} column: stems with {@link PrepareTokens.SentenceCodec#BREAK}s */
    static Phrases find(Dataset<Row> tokenised, long minCount, double threshold) {
        Dataset<Row> stems = tokenised.select(explode(col("stems")).as("stem"))
                .filter(col("stem").notEqual(PrepareTokens.SentenceCodec.BREAK))
                .groupBy("stem").count();
        Row total = stems.agg(org.apache.spark.sql.functions.sum("count")).first();
        long n = total.isNullAt(0) ? 0 : total.getLong(0);
        Dataset<Row> pairs = tokenised.select("stems")
                .flatMap((FlatMapFunction<Row, Row>) r -> pairs(r.getList(0)), Encoders.row(PAIR))
                .groupBy("first", "second").count().filter(col("count").geq(minCount));
        Dataset<Row> a = stems.toDF("first", "count_first");
        Dataset<Row> b = stems.toDF("second", "count_second");
        List<Row> rows = pairs.join(a, "first").join(b, "second")
                .select("first", "second", "count", "count_first", "count_second")
                .orderBy("first", "second").collectAsList();
        List<Phrase> phrases = new ArrayList<>();
        for (Row r : rows) {
            double score = Phrases.npmi(r.getLong(2), r.getLong(3), r.getLong(4), n);
            if (score >= threshold) {
                phrases.add(new Phrase(r.getString(0), r.getString(1), r.getLong(2), score));
            }
        }
        return Phrases.of(phrases);
    }

    private static Iterator<Row> pairs(List<String> stems) {
        List<Row> out = new ArrayList<>();
        String brk = PrepareTokens.SentenceCodec.BREAK;
        for (int i = 0; i + 1 < stems.size(); i++) {
            String x = stems.get(i);
            String y = stems.get(i + 1);
            if (!brk.equals(x) && !brk.equals(y)) {
                out.add(RowFactory.create(x, y));
            }
        }
        return out.iterator();
    }
}
