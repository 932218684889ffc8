package org.cabletrends.topics.gibbs;

import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Child process of {@link GibbsLDAClusterIT}: fits the planted corpus of {@link GibbsLDASparkTest} on the given
 * master (2 partitions, seed 11, 100 sweeps) and prints the worst best-match similarity and a hash of the counts.
 * Usage: ClusterFit MASTER [executor classpath] [executor JVM options]
 */
public final class ClusterFit {
    private ClusterFit() {
    }

    public static void main(String[] args) {
        SparkSession.Builder b = SparkSession.builder().appName("gibbs-cluster-it").master(args[0])
                .config("spark.ui.enabled", "false");
        if (args.length > 2) {
            b.config("spark.executor.extraClassPath", args[1]).config("spark.executor.extraJavaOptions", args[2])
                    .config("spark.executor.memory", "900m");
        }
        org.cabletrends.ingest.JobSupport.quietSpark();
        SparkSession spark = b.getOrCreate();
        GibbsLDAModel model = GibbsLDASparkTest.estimator().setMaxIter(100)
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
        System.out.printf("result master=%s executors=%d worst_similarity=%.4f counts_hash=%d%n", args[0],
                spark.sparkContext().getExecutorMemoryStatus().size(), worst,
                Arrays.hashCode(model.counts().wordTopic()));
        spark.stop();
    }
}
