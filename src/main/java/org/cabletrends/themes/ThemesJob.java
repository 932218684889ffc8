package org.cabletrends.themes;

import java.time.Clock;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.ConfigSources;
import org.cabletrends.ingest.JobSupport;
import org.cabletrends.ingest.StageDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job: {@code ThemesJob --run_dir DIR [--config FILE] [--themes_file F] [--theme_threshold X] [--key value]...}.
 * Exit 0 when {@code <run>/themes} is committed and reconciles, 1 when it fails, 2 on bad usage (including an
 * invalid themes file or a run directory without a committed run, both found before Spark starts).
 */
public final class ThemesJob {
    private static final Logger LOG = LoggerFactory.getLogger(ThemesJob.class);

    private ThemesJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CablesConfig config;
        try {
            config = ConfigSources.load(args, JobSupport.sparkConfEntries(), Clock.systemUTC()).requireRunDir();
            ThemesFile.load(config.themes().themesFile());
            StageDirectory.check(new Configuration(), config.runDir(), ScoreThemes.STAGE);
        } catch (IllegalArgumentException | java.io.IOException e) { // ConfigException included {
            System.err.println(e.getMessage());
            System.err.println("Usage: ThemesJob --run_dir DIR [--config FILE] [--themes_file F] [--KEY VALUE]...");
            return 2;
        }
        try (SparkSession spark = JobSupport.session("cabletrends-themes", config.master())) {
            ThemesResult result = ScoreThemes.of(spark, config).execute();
            System.out.println(result.summary());
            return result.ok() ? 0 : 1;
        } catch (Exception e) {
            LOG.error("Cannot score themes: {}", e.toString(), e);
            return 1;
        }
    }
}
