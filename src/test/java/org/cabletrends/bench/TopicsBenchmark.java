package org.cabletrends.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.topics.Coherence;
import org.cabletrends.topics.PrepareTokens;
import org.cabletrends.topics.PreparedTokens;
import org.cabletrends.topics.TokensFile;
import org.cabletrends.topics.Vectorize;
import org.cabletrends.topics.Vectorized;

/**
 * Helpers of jobs/bench-topics.sh, each in its own JVM:
 * <pre>
 * TopicsBenchmark tokens RUN_DIR OUT.tsv.gz      the stage's prepared tokens (defaults: cable unit, phrases,
 *                                                vocabulary 20000, min_df 5, max_df 0.5), only vocabulary tokens kept
 * TopicsBenchmark topwords TOPICS_DIR OUT.txt    a run's top 10 tokens per topic (topics table), one topic a line
 * TopicsBenchmark coherence TOKENS TOPICS...     mean NPMI and UMass of each topics file over TOKENS (Coherence)
 * </pre>
 */
public final class TopicsBenchmark {
    private TopicsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tokens" -> tokens(args[1], Path.of(args[2]));
            case "topwords" -> topWords(args[1], Path.of(args[2]));
            case "coherence" -> coherence(Path.of(args[1]), List.of(args).subList(2, args.length));
            default -> throw new IllegalArgumentException("Invalid mode " + args[0] + " (tokens, topwords, coherence)");
        }
    }

    private static SparkSession spark() {
        org.cabletrends.ingest.JobSupport.quietSpark();
        return SparkSession.builder().appName("bench-topics").master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    private static void tokens(String run, Path out) throws Exception {
        SparkSession spark = spark();
        CablesConfig config = CablesConfig.resolve(Map.of("run_dir", run), Map.of(), Map.of(), java.time.Clock.systemUTC());
        PreparedTokens prepared = PrepareTokens.of(spark, config.topics())
                .execute(spark.read().parquet(run + "/paragraphs"), spark.read().parquet(run + "/cables"));
        Vectorized v = Vectorize.of(config.topics()).execute(prepared.documents());
        Set<String> vocabulary = new HashSet<>(v.vocabulary());
        long docs = 0;
        try (OutputStream file = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file,
                     StandardCharsets.UTF_8)) {
            var rows = prepared.documents().orderBy("doc_id").toLocalIterator();
            while (rows.hasNext()) {
                Row r = rows.next();
                List<String> kept = new ArrayList<>();
                for (Object t : r.getList(2)) {
                    if (vocabulary.contains((String) t)) {
                        kept.add((String) t);
                    }
                }
                if (!kept.isEmpty()) {
                    w.write(r.getString(0) + "\t" + String.join(" ", kept) + "\n");
                    docs++;
                }
            }
        }
        System.out.printf("tokens: %d documents, vocabulary %d, written to %s%n", docs, vocabulary.size(), out);
        spark.stop();
    }

    private static void topWords(String topicsDir, Path out) throws IOException {
        SparkSession spark = spark();
        Dataset<Row> topics = spark.read().parquet(topicsDir + "/topics").filter("rank <= 10").orderBy("topic_id", "rank");
        TreeMap<Integer, List<String>> byTopic = new TreeMap<>();
        topics.collectAsList().forEach(r -> byTopic.computeIfAbsent(r.getInt(r.fieldIndex("topic_id")),
                id -> new ArrayList<>()).add(r.getString(r.fieldIndex("token"))));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            byTopic.values().forEach(words -> w.println(String.join(" ", words)));
        }
        spark.stop();
    }

    private static void coherence(Path tokens, List<String> topicFiles) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        TokensFile.read(tokens, d -> docs.add(d.tokens()));
        for (String f : topicFiles) {
            List<List<String>> topics = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
                String words = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                if (!words.isBlank()) {
                    topics.add(List.of(words.trim().split("\\s+")));
                }
            }
            Coherence.Result r = Coherence.compute(topics, docs);
            System.out.printf("coherence %s: topics %d, documents %d, mean NPMI %.4f, mean UMass %.4f%n", f,
                    topics.size(), r.documents(), r.meanNpmi(), r.meanUmass());
        }
    }
}
