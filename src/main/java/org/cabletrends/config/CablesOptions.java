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


    /** An existing run directory (with the ingest tables) that the themes or topics job reads and adds to. */
    public static final String RUN_DIR = "run_dir";
    public static final String DEFAULT_RUN_DIR = "";

    /** Stages of {@code cabletrends run}, in order: ingest, themes, topics. */
    public static final String STAGES = "stages";
    public static final String DEFAULT_STAGES = "ingest,themes,topics";

    // Themes and trends (docs/THEMES.md).

    /** A themes JSON file; empty means the bundled {@code themes/themes.json}. */
    public static final String THEMES_FILE = "themes_file";
    public static final String DEFAULT_THEMES_FILE = "";

    /** A cable talks about a theme when its text_score (in [0, 1)) is at least this; = ThemeMatcher's detection. */
    public static final String THEME_THRESHOLD = "theme_threshold";
    public static final String DEFAULT_THEME_THRESHOLD = "0.5";

    /** Trend cells with fewer cables are flagged small_count (kept, not dropped). */
    public static final String TREND_MIN_CABLES = "trend_min_cables";
    public static final String DEFAULT_TREND_MIN_CABLES = "20";

    /** Kleinberg's s (burst rate multiple) and gamma (cost of entering a burst). */
    public static final String BURST_RATE = "burst_rate";
    public static final String DEFAULT_BURST_RATE = "2.0";
    public static final String BURST_GAMMA = "burst_gamma";
    public static final String DEFAULT_BURST_GAMMA = "2.0";

    // Topics (docs/TOPICS.md).

    /** LDA optimizer: online, em or gibbs. */
    public static final String TOPICS_OPTIMIZER = "topics_optimizer";
    public static final String DEFAULT_TOPICS_OPTIMIZER = "gibbs";

    /** Number of topics. */
    public static final String TOPICS_K = "topics_k";
    public static final String DEFAULT_TOPICS_K = "20";

    /** Iterations (sweeps for gibbs); 0 means the optimizer's default (online 100, em 100, gibbs 1000). */
    public static final String TOPICS_ITERATIONS = "topics_iterations";
    public static final String DEFAULT_TOPICS_ITERATIONS = "0";

    /** Gibbs: sweeps before hyperparameter optimisation starts, and the interval between optimisations (0 = never). */
    public static final String TOPICS_BURN_IN = "topics_burn_in";
    public static final String DEFAULT_TOPICS_BURN_IN = "200";
    public static final String TOPICS_OPTIMIZE_INTERVAL = "topics_optimize_interval";
    public static final String DEFAULT_TOPICS_OPTIMIZE_INTERVAL = "10";

    public static final String TOPICS_SEED = "topics_seed";
    public static final String DEFAULT_TOPICS_SEED = "42";

    /** Largest vocabulary kept by CountVectorizer (most frequent terms). */
    public static final String TOPICS_VOCAB_SIZE = "topics_vocab_size";
    public static final String DEFAULT_TOPICS_VOCAB_SIZE = "20000";

    /** Least document frequency of a term: a count (≥ 1) or a fraction of documents (< 1). */
    public static final String TOPICS_MIN_DF = "topics_min_df";
    public static final String DEFAULT_TOPICS_MIN_DF = "5";

    /** Largest document frequency of a term as a fraction of documents. */
    public static final String TOPICS_MAX_DF = "topics_max_df";
    public static final String DEFAULT_TOPICS_MAX_DF = "0.5";

    /** What one LDA document is: a cable or a paragraph. */
    public static final String TOPICS_UNIT = "topics_unit";
    public static final String DEFAULT_TOPICS_UNIT = "cable";

    /** Keep frequent two-word phrases as one token. */
    public static final String TOPICS_PHRASES = "topics_phrases";
    public static final String DEFAULT_TOPICS_PHRASES = "true";

    /** A cable counts for a topic in topic_trends when its weight for the topic is at least this. */
    public static final String TOPICS_DOC_THRESHOLD = "topics_doc_threshold";
    public static final String DEFAULT_TOPICS_DOC_THRESHOLD = "0.2";

    /** Pre-tokenized documents ({@code refid<TAB>tokens}, plain or .gz) instead of the text preparation. */
    public static final String TOPICS_TOKENS = "topics_tokens";
    public static final String DEFAULT_TOPICS_TOKENS = "";

    /** User labels of topics keyed by stable id; empty = labels from top words only. */
    public static final String TOPICS_LABELS_FILE = "topics_labels_file";
    public static final String DEFAULT_TOPICS_LABELS_FILE = "";

    /** The previous run's topics to keep ids stable against; empty = the newest run under output that has topics. */
    public static final String TOPICS_PREVIOUS = "topics_previous";
    public static final String DEFAULT_TOPICS_PREVIOUS = "";

    /** A new topic keeps a previous id when their Jensen–Shannon distance is at most this. */
    public static final String TOPICS_MATCH_DISTANCE = "topics_match_distance";
    public static final String DEFAULT_TOPICS_MATCH_DISTANCE = "0.5";

    /** Gibbs: start the fit from the previous run's model (the one ids are matched against) when it has the same k. */
    public static final String TOPICS_WARM_START = "topics_warm_start";
    public static final String DEFAULT_TOPICS_WARM_START = "true";

    /** Gibbs: checkpoint topic assignments every N sweeps (0 = never). */
    public static final String TOPICS_CHECKPOINT_INTERVAL = "topics_checkpoint_interval";
    public static final String DEFAULT_TOPICS_CHECKPOINT_INTERVAL = "50";

    /** Gibbs: after burn-in, sweeps each partition runs on its own copy of the counts between merges (1 = each). */
    public static final String TOPICS_SYNC_INTERVAL = "topics_sync_interval";
    public static final String DEFAULT_TOPICS_SYNC_INTERVAL = "5";

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
        m.put(RUN_DIR, DEFAULT_RUN_DIR);
        m.put(STAGES, DEFAULT_STAGES);
        m.put(THEMES_FILE, DEFAULT_THEMES_FILE);
        m.put(THEME_THRESHOLD, DEFAULT_THEME_THRESHOLD);
        m.put(TREND_MIN_CABLES, DEFAULT_TREND_MIN_CABLES);
        m.put(BURST_RATE, DEFAULT_BURST_RATE);
        m.put(BURST_GAMMA, DEFAULT_BURST_GAMMA);
        m.put(TOPICS_OPTIMIZER, DEFAULT_TOPICS_OPTIMIZER);
        m.put(TOPICS_K, DEFAULT_TOPICS_K);
        m.put(TOPICS_ITERATIONS, DEFAULT_TOPICS_ITERATIONS);
        m.put(TOPICS_BURN_IN, DEFAULT_TOPICS_BURN_IN);
        m.put(TOPICS_OPTIMIZE_INTERVAL, DEFAULT_TOPICS_OPTIMIZE_INTERVAL);
        m.put(TOPICS_SEED, DEFAULT_TOPICS_SEED);
        m.put(TOPICS_VOCAB_SIZE, DEFAULT_TOPICS_VOCAB_SIZE);
        m.put(TOPICS_MIN_DF, DEFAULT_TOPICS_MIN_DF);
        m.put(TOPICS_MAX_DF, DEFAULT_TOPICS_MAX_DF);
        m.put(TOPICS_UNIT, DEFAULT_TOPICS_UNIT);
        m.put(TOPICS_PHRASES, DEFAULT_TOPICS_PHRASES);
        m.put(TOPICS_DOC_THRESHOLD, DEFAULT_TOPICS_DOC_THRESHOLD);
        m.put(TOPICS_TOKENS, DEFAULT_TOPICS_TOKENS);
        m.put(TOPICS_LABELS_FILE, DEFAULT_TOPICS_LABELS_FILE);
        m.put(TOPICS_PREVIOUS, DEFAULT_TOPICS_PREVIOUS);
        m.put(TOPICS_MATCH_DISTANCE, DEFAULT_TOPICS_MATCH_DISTANCE);
        m.put(TOPICS_WARM_START, DEFAULT_TOPICS_WARM_START);
        m.put(TOPICS_CHECKPOINT_INTERVAL, DEFAULT_TOPICS_CHECKPOINT_INTERVAL);
        m.put(TOPICS_SYNC_INTERVAL, DEFAULT_TOPICS_SYNC_INTERVAL);
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
