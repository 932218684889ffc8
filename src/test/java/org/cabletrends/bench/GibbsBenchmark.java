package org.cabletrends.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.topics.gibbs.GibbsLDA;
import org.cabletrends.topics.gibbs.GibbsLDAModel;
import org.cabletrends.topics.gibbs.TokenLines;

/**
 * GibbsLDA on a tokens file with the reference settings (alphaSum 5, beta 0.01, optimize every 10 sweeps after
 * 200): tokens read with Spark, CountVectorizer (minDF 1, every word), fit, each topic's top 10 words written one
 * topic a line (for npmi.py). Run in its own JVM by jobs/bench-gibbs.sh.
 * Usage: GibbsBenchmark TOKENS TOPICS_OUT [k] [sweeps] [master] [partitions] [seed]  (20 1000 local[2] 2 42)
 */
public final class GibbsBenchmark {
    private GibbsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String tokens = args[0];
        Path out = Path.of(args[1]);
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int sweeps = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        String master = args.length > 4 ? args[4] : "local[2]";
        int partitions = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 42;
        long t0 = System.nanoTime();
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = SparkSession.builder().appName("bench-gibbs").master(master)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", partitions)
                .getOrCreate();
        org.cabletrends.ingest.JobSupport.quietSpark();
        long tSession = System.nanoTime();
        Dataset<Row> docs = TokenLines.read(spark, tokens);
        CountVectorizerModel cv = new CountVectorizer().setInputCol("tokens").setOutputCol("features")
                .setMinDF(1).setVocabSize(1 << 24).fit(docs);
        long tFit = System.nanoTime();
        Dataset<Row> features = cv.transform(docs).select("refid", "features").persist(StorageLevel.MEMORY_ONLY());
        long n = features.count();
        long t1 = System.nanoTime();
        System.out.printf("startup: session %.1f s, CountVectorizer fit %.1f s, transform %.1f s (JVM uptime %.1f s)%n",
                (tSession - t0) / 1e9, (tFit - tSession) / 1e9, (t1 - tFit) / 1e9,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        GibbsLDAModel model = new GibbsLDA().setK(k).setMaxIter(sweeps).setSeed(seed).setNumPartitions(partitions)
                .setAlphaSum(5).setBeta(0.01).setOptimizeInterval(10).setBurnIn(200).fit(features);
        long t2 = System.nanoTime();
        writeTopWords(model, cv.vocabulary(), out);
        System.out.printf("gibbs: docs %d, vocab %d, read+vectorize %.1f s, fit %.1f s, LL/token %.5f, "
                        + "alphaSum %.4f, beta %.5f, total %.1f s%n", n, cv.vocabulary().length, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, model.logLikelihoodPerToken(), java.util.Arrays.stream(model.alpha()).sum(),
                model.beta(), (System.nanoTime() - t0) / 1e9);
        spark.stop();
    }

    private static void writeTopWords(GibbsLDAModel model, String[] vocabulary, Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Row r : model.describeTopics(10).collectAsList()) {
                List<Integer> terms = r.getList(1);
                StringBuilder line = new StringBuilder().append(r.getInt(0)).append('\t');
                for (int i = 0; i < terms.size(); i++) {
                    line.append(i == 0 ? "" : " ").append(vocabulary[terms.get(i)]);
                }
                w.println(line);
            }
        }
    }
}
