package org.cabletrends.bench;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.topics.Coherence;
import org.cabletrends.topics.CoherenceSpark;
import org.cabletrends.topics.TokensFile;
import org.cabletrends.topics.TokensFileSpark;

/**
 * Coherence at Cablegate scale: {@code ../shared/reference/site-tokens.tsv.gz} (5,384 documents) repeated R times
 * (default 47, 253,048 documents, 142M tokens) with distinct refids, k topics of 10 words taken from the corpus
 * vocabulary by document-frequency rank (topic t: ranks 7(t + 50r) mod V). Prints seconds per step.
 * Usage: CoherenceBenchmark [tokens file] [repeats] [k]
 */
public final class CoherenceBenchmark {
    private CoherenceBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/reference/site-tokens.tsv.gz");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 47;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = SparkSession.builder().appName("bench-coherence").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        List<List<String>> docs = new ArrayList<>();
        TokensFile.read(file, d -> docs.add(d.tokens()));
        List<List<String>> topics = topics(docs, k);
        Coherence.Result java = timed("pure Java, one copy (" + docs.size() + " documents)",
                () -> Coherence.compute(topics, docs));
        docs.clear();
        Dataset<Row> site = TokensFileSpark.read(spark, file.toString()).repartition(8).cache();
        timed("read and cache one copy in Spark", site::count);
        // Each cached partition emits its documents once per copy: no shuffle, no broadcast of the corpus.
        Dataset<Row> corpus = site.crossJoin(broadcast(spark.range(0, repeats, 1, 1)))
                .select(concat(col("refid"), lit("-"), col("id")).as("refid"), col("tokens"));
        Coherence.Result one = timed("Spark, one copy", () -> CoherenceSpark.compute(site, topics));
        Row tokens = timed("baseline: sum(size(tokens)) over all copies",
                () -> corpus.selectExpr("count(*)", "sum(size(tokens))").first());
        System.out.printf("corpus: %d documents, %d tokens%n", tokens.getLong(0), tokens.getLong(1));
        Coherence.Result all = timed("Spark, " + repeats + " copies", () -> CoherenceSpark.compute(corpus, topics));
        timed("Spark, " + repeats + " copies, again (warm)", () -> CoherenceSpark.compute(corpus, topics));
        System.out.printf("documents %d; mean NPMI java %.6f, spark one copy %.6f, all copies %.6f%n",
                all.documents(), java.meanNpmi(), one.meanNpmi(), all.meanNpmi());
        spark.stop();
    }

    static List<List<String>> topics(List<List<String>> docs, int k) {
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> new HashSet<>(d).forEach(w -> df.merge(w, 1, Integer::sum)));
        List<String> ranked = df.keySet().stream().sorted(Comparator.comparing((String w) -> -df.get(w))
                .thenComparing(Comparator.naturalOrder())).toList();
        List<List<String>> topics = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            List<String> words = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                words.add(ranked.get((t + r * 50) * 7 % ranked.size()));
            }
            topics.add(words);
        }
        return topics;
    }

    static <T> T timed(String what, java.util.function.Supplier<T> step) {
        long t0 = System.nanoTime();
        T result = step.get();
        System.out.printf("%-50s %8.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        return result;
    }
}
