package org.cabletrends.topics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@link Coherence} over a corpus Dataset with a {@code tokens array<string>} column (other columns are ignored;
 * {@link TokensFileSpark#SCHEMA} fits). Each document is reduced in SQL to its distinct tokens that are top words
 * (an IN set, so other tokens never leave Tungsten), then executors count document frequencies of those words and of
 * the within-topic pairs against a broadcast {@link TopWords}, and a tree aggregation sums the per-partition counts.
 * One job; scoring is {@link Coherence}'s, so both entry points give the same doubles for the same counts.
 * Every row is a document (N = rows); a null {@code tokens} is an empty document.
 */
public final class CoherenceSpark {
    private CoherenceSpark() {
    }

    public static Coherence.Result compute(Dataset<Row> corpus, List<List<String>> topics) {
        return compute(corpus, topics, Coherence.Options.defaults());
    }

    public static Coherence.Result compute(Dataset<Row> corpus, List<List<String>> topics,
                                           Coherence.Options options) {
        TopWords words = new TopWords(topics, options.top());
        Column tokens = col("tokens");
        Column present = array_distinct(filter(tokens, t -> t.isin(words.words().toArray())));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(corpus.sparkSession().sparkContext());
        Broadcast<TopWords> shared = jsc.broadcast(words);
        try {
            Cooccurrence counts = corpus.select(present.as("present")).javaRDD().treeAggregate(
                    new Cooccurrence(words),
                    (acc, row) -> acc.add(shared.value().present(row.isNullAt(0) ? List.of() : row.getList(0)),
                            shared.value()),
                    Cooccurrence::merge);
            return Coherence.score(words, counts, options.umassEps());
        } finally {
            shared.destroy();
        }
    }
}
