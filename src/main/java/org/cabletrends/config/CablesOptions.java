package org.cabletrends.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every configuration key of the project with its default, in one place (Iceberg-actions style). Later stages add
 * their keys here and a field to {@link CablesConfig}; nothing else needs to change for the sources (CLI, Spark conf
 * {@code spark.cables.*}, config file) to accept them.
 */
public final class CablesOptions {
    /** Spark conf keys {@code spark.cables.<key>} set the same options. */
    public static final String SPARK_PREFIX = "spark.cables.";
    /** CLI only: a properties or JSON file with more options. */
    public static final String CONFIG = "config";

    /** Comma-separated paths, globs or Hadoop URIs: directories of cable files and/or cables.csv files. */
    public static final String INPUT = "input";
    public static final String DEFAULT_INPUT = "";

    /** Base directory of run directories. */
    public static final String OUTPUT = "output";
    public static final String DEFAULT_OUTPUT = "./out";

    public static final String MASTER = "master";
    public static final String DEFAULT_MASTER = "local[*]";

    /** Name of the run directory; empty means derived from the start time (UTC). */
    public static final String RUN_ID = "run_id";
    public static final String DEFAULT_RUN_ID = "";

    /** Partition columns of cables and paragraphs: {@code year} or {@code year_month}. */
    public static final String PARTITION_BY = "partition_by";
    public static final String DEFAULT_PARTITION_BY = "year";

    /** Largest split of a cables.csv file, bytes or with a k/m/g suffix. */
    public static final String CSV_SPLIT_SIZE = "csv_split_size";
    public static final String DEFAULT_CSV_SPLIT_SIZE = "16m";

    /** Which copy of a refid seen several times is kept: fewest_errors, longest_body or first_source. */
    public static final String DUPLICATE_RULE = "duplicate_rule";
    public static final String DEFAULT_DUPLICATE_RULE = "fewest_errors";

    /** Least number of partitions the cable files are read in. */
    public static final String MIN_PARTITIONS = "min_partitions";
    public static final String DEFAULT_MIN_PARTITIONS = "4";

    private static final Map<String, String> DEFAULTS = defaults();

    private CablesOptions() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(INPUT, DEFAULT_INPUT);
        m.put(OUTPUT, DEFAULT_OUTPUT);
        m.put(MASTER, DEFAULT_MASTER);
        m.put(RUN_ID, DEFAULT_RUN_ID);
        m.put(PARTITION_BY, DEFAULT_PARTITION_BY);
        m.put(CSV_SPLIT_SIZE, DEFAULT_CSV_SPLIT_SIZE);
        m.put(DUPLICATE_RULE, DEFAULT_DUPLICATE_RULE);
        m.put(MIN_PARTITIONS, DEFAULT_MIN_PARTITIONS);
        return Collections.unmodifiableMap(m);
    }

    /** Known keys (in documentation order) with their defaults as strings. */
    public static Map<String, String> defaultsByKey() {
        return DEFAULTS;
    }

    /** Fails with "Invalid config key" unless {@code key} is known. */
    public static void checkKnown(String key) {
        if (!DEFAULTS.containsKey(key)) {
            throw new ConfigException("Invalid config key '" + key + "' (known: " + String.join(", ", DEFAULTS.keySet()) + ")");
        }
    }
}
