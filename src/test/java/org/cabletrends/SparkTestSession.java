package org.cabletrends;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session every {@code *SparkTest} of a test run shares: local[2], UTC, few shuffle partitions, no UI.
 * Never stopped by tests; the JVM's shutdown hook stops it.
 */
public final class SparkTestSession {
    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        org.cabletrends.ingest.JobSupport.quietSpark();
        return SparkSession.builder()
                .appName("cabletrends-tests")
                .master("local[2]")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.adaptive.enabled", "true")
                .getOrCreate();
    }
}
