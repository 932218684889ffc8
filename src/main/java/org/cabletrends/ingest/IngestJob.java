package org.cabletrends.ingest;

import java.time.Clock;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.ConfigException;
import org.cabletrends.config.ConfigSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job: {@code IngestJob [--config FILE] [--input PATH]... [--output DIR] [--run-id ID] [--key value]...}.
 * Exit 0 when the run is committed and reconciles, 1 when it fails, 2 on bad usage.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private IngestJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CablesConfig config;
        try {
            config = ConfigSources.load(args, JobSupport.sparkConfEntries(), Clock.systemUTC());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: IngestJob [--config FILE] --input PATH[,PATH...] [--output DIR] [--run-id ID] [--KEY VALUE]...");
            return 2;
        }
        try (SparkSession spark = JobSupport.session("cabletrends-ingest", config.master())) {
            IngestResult result = IngestCables.of(spark, config).execute();
            System.out.println(IngestSummary.text(result));
            return result.ok() ? 0 : 1;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            LOG.error("Cannot ingest: {}", e.toString(), e);
            return 1;
        }
    }
}
