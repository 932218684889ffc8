package org.cabletrends.topics;

import java.time.Clock;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.ConfigException;
import org.cabletrends.config.ConfigSources;
import org.cabletrends.ingest.JobSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job: {@code TopicsJob --run_dir DIR [--config FILE] [--topics_k N] [--topics_optimizer online|em|gibbs] ...}: the
 * topics stage on an ingested run ({@link RunTopics}). Exit 0 when committed, 1 on failure, 2 on bad usage.
 */
public final class TopicsJob {
    private static final Logger LOG = LoggerFactory.getLogger(TopicsJob.class);
    static final String USAGE = "Usage: TopicsJob --run_dir DIR [--config FILE] [--topics_tokens FILE] [--KEY VALUE]...";

    private TopicsJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CablesConfig config;
        try {
            config = ConfigSources.load(args, JobSupport.sparkConfEntries(), Clock.systemUTC()).requireRunDir();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (SparkSession spark = JobSupport.session("cabletrends-topics", config.master())) {
            System.out.println(RunTopics.of(spark, config).execute().summary());
            return 0;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            LOG.error("Cannot fit topics: {}", e.toString(), e);
            return 1;
        }
    }
}
