package org.cabletrends.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.TopicUnit;
import org.cabletrends.topics.Phrase;
import org.cabletrends.topics.PrepareTokens;
import org.cabletrends.topics.PreparedTokens;
import org.cabletrends.topics.Vectorize;
import org.cabletrends.topics.Vectorized;

/**
 * Text preparation of the topics stage on an ingested run directory: PrepareTokens (unit, phrases on) then
 * Vectorize (vocab 20000, min_df 5, max_df 0.5, the defaults) on local[2]. Prints counts and seconds; with a third
 * argument writes the prepared documents as a {@code refid<TAB>tokens} file (to compare with reference tokens).
 * Usage: TopicPrepBenchmark RUN_DIR [cable|paragraph] [TOKENS_OUT]
 */
public final class TopicPrepBenchmark {
    private TopicPrepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String run = args[0];
        TopicUnit unit = args.length > 1 ? TopicUnit.valueOf(args[1].toUpperCase()) : TopicUnit.CABLE;
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = SparkSession.builder().appName("bench-topic-prep").master("local[2]")
                .config("spark.sql.session.timeZone", "UTC").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8").getOrCreate();
        Dataset<Row> paragraphs = spark.read().parquet(run + "/paragraphs");
        Dataset<Row> cables = spark.read().parquet(run + "/cables");
        long t0 = System.nanoTime();
        PreparedTokens prepared = PrepareTokens.of(spark, org.cabletrends.config.CablesConfig.resolve(java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), java.time.Clock.systemUTC()).topics())
                .unit(unit).phrases(true).execute(paragraphs, cables);
        double prepSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Vectorized v = Vectorize.of(20_000, 5, 0.5).execute(prepared.documents());
        double vecSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("unit %s: documents %d, empty dropped %d, tokens %d, distinct %d, phrases %d%n",
                unit.key(), prepared.documentCount(), prepared.emptyDocuments(), prepared.tokens(),
                prepared.distinctTokens(), prepared.phrases().size());
        System.out.printf("vocabulary %d (min_df 5, max_df 0.5), tokens in it %d, documents without any %d%n",
                v.vocabulary().size(), v.tokens(), v.emptyDocuments());
        System.out.printf("seconds: prepare %.1f, vectorize %.1f%n", prepSeconds, vecSeconds);
        System.out.println("top 60 vocabulary: " + v.vocabulary().subList(0, Math.min(60, v.vocabulary().size()))
                .stream().map(prepared::display).toList());
        List<Phrase> top = prepared.phrases().list().stream()
                .sorted(Comparator.comparingLong(Phrase::count).reversed().thenComparing(Phrase::token)).limit(60)
                .toList();
        System.out.println("top phrases by count: " + top.stream().map(p -> prepared.display(p.token()) + "="
                + p.count()).toList());
        if (args.length > 2) {
            List<String> lines = prepared.documents().collectAsList().stream()
                    .map(r -> r.getString(1) + "\t" + String.join(" ", r.<String>getList(2))).toList();
            Files.write(Path.of(args[2]), lines);
        }
    }
}
