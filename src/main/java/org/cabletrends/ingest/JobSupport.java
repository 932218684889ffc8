package org.cabletrends.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** What every Spark job of the project does the same way: the session, the time zone, quiet Spark logs. */
public final class JobSupport {
    private JobSupport() {
    }

    /** The {@code spark.*} settings given to this JVM (spark-submit --conf, -Dspark.…), for config resolution. */
    public static List<Map.Entry<String, String>> sparkConfEntries() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Tuple2<String, String> t : new SparkConf(true).getAll()) {
            out.add(Map.entry(t._1(), t._2()));
        }
        return out;
    }

    /** The project version from the jar's Maven properties, or "dev" when run from classes (for manifests). */
    public static String projectVersion() {
        return RunManifest.version();
    }

    /** A session on {@code master} with UTC timestamps; Spark's own logging turned down to WARN. */
    public static SparkSession session(String appName, String master) {
        quietSpark();
        SparkSession spark = SparkSession.builder().appName(appName).master(master)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        quietSpark();
        return spark;
    }

    /**
     * Root logger to WARN, the project's loggers to INFO, on stderr. Installed before the session so that Spark sees
     * a configuration and does not load its INFO-level default profile.
     */
    public static void quietSpark() {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.add(b.newAppender("stderr", "Console").addAttribute("target", "SYSTEM_ERR")
                .add(b.newLayout("PatternLayout").addAttribute("pattern", "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex")));
        b.add(b.newRootLogger(Level.WARN).add(b.newAppenderRef("stderr")));
        b.add(b.newLogger("org.cabletrends", Level.INFO));
        // The Gibbs sweeps unpersist each locally checkpointed RDD once a newer one exists; Spark warns about that
        // on every unpersist (every checkpoint interval), though nothing is lost: the sweeps persist to memory and
        // disk, so no block needs the truncated lineage. Spark names the logger after the RDD class, so this is where
        // it can be turned off.
        b.add(b.newLogger("org.apache.spark.rdd.ZippedPartitionsRDD2", Level.ERROR));
        Configurator.reconfigure(b.build());
    }
}
