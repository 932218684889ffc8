package org.cabletrends.topics.gibbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.topics.Coherence;

/**
 * Child process of {@link GibbsLDAClusterIT}: fits the planted corpus of {@link GibbsLDASparkTest} on the given
 * master (seed 11, 100 sweeps, the given number of partitions) and prints the worst best-match similarity, the mean
 * NPMI of the topics' top 10 words over the corpus documents ({@link Coherence}, the reference definition) and a
 * hash of the counts. Usage: ClusterFit MASTER PARTITIONS [executor classpath] [executor JVM options]
 */
public final class ClusterFit {
    private ClusterFit() {
    }

    public static void main(String[] args) {
        SparkSession.Builder b = SparkSession.builder().appName("gibbs-cluster-it").master(args[0])
                .config("spark.ui.enabled", "false");
        if (args.length > 3) {
            b.config("spark.executor.extraClassPath", args[2]).config("spark.executor.extraJavaOptions", args[3])
                    .config("spark.executor.memory", "900m");
        }
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = b.getOrCreate();
        GibbsLDAModel model = GibbsLDASparkTest.estimator().setMaxIter(100)
                .setNumPartitions(Integer.parseInt(args[1]))
                .fit(GibbsLDASparkTest.CORPUS.frame(spark));
        double[][] learned = GibbsLDASparkTest.learnedTopics(model);
        double worst = 1;
        for (double[] planted : GibbsLDASparkTest.CORPUS.phi) {
            double best = 0;
            for (double[] l : learned) {
                best = Math.max(best, PlantedCorpus.similarity(planted, l));
            }
            worst = Math.min(worst, best);
        }
        System.out.printf("result master=%s executors=%d worst_similarity=%.4f npmi=%.4f counts_hash=%d%n", args[0],
                spark.sparkContext().getExecutorMemoryStatus().size(), worst, npmi(learned),
                Arrays.hashCode(model.counts().wordTopic()));
        spark.stop();
    }

    /** Mean NPMI of each learned topic's 10 heaviest words ("w17"), documents = the planted documents' word sets. */
    static double npmi(double[][] learned) {
        List<List<String>> topics = new ArrayList<>();
        for (double[] topic : learned) {
            topics.add(IntStream.range(0, topic.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer w) -> -topic[w]).thenComparing(w -> w))
                    .limit(Coherence.DEFAULT_TOP).map(w -> "w" + w).toList());
        }
        List<List<String>> docs = new ArrayList<>();
        for (int[] counts : GibbsLDASparkTest.CORPUS.counts) {
            docs.add(IntStream.range(0, counts.length).filter(w -> counts[w] > 0).mapToObj(w -> "w" + w).toList());
        }
        return Coherence.compute(topics, docs).meanNpmi();
    }
}
