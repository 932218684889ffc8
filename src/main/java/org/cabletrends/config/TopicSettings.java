package org.cabletrends.config;

import static org.cabletrends.config.CablesConfig.invalid;
import static org.cabletrends.config.CablesConfig.parseDouble;
import static org.cabletrends.config.CablesConfig.parseEnum;
import static org.cabletrends.config.CablesConfig.parseInt;
import static org.cabletrends.config.CablesOptions.*;

import java.util.Locale;
import java.util.Map;

/**
 * Settings of the topics stage (part of {@link CablesConfig}); keys and defaults in {@link CablesOptions}.
 *
 * @param iterations    0 = the optimizer's default ({@link #effectiveIterations()})
 * @param minDf         a document count when ≥ 1, else a fraction of documents
 * @param tokens        a pre-tokenized documents file, or empty to prepare tokens from the run's paragraphs
 * @param labelsFile    user labels keyed by stable topic id, or empty
 * @param previous      the previous run's topics directory, or empty for the newest run under output with topics
 * @param warmStart     gibbs: start from the previous run's model when it has the same k
 * @param syncInterval  gibbs: after burn-in, sweeps between merges of the partitions' counts
 */
public record TopicSettings(TopicOptimizer optimizer, int k, int iterations, int burnIn, int optimizeInterval,
                            long seed, int vocabSize, double minDf, double maxDf, TopicUnit unit, boolean phrases,
                            double docThreshold, String tokens, String labelsFile, String previous,
                            double matchDistance, boolean warmStart, int checkpointInterval,
                            int syncInterval) {

    public TopicSettings {
        atLeast(TOPICS_K, k, 2);
        atLeast(TOPICS_ITERATIONS, iterations, 0);
        atLeast(TOPICS_BURN_IN, burnIn, 0);
        atLeast(TOPICS_OPTIMIZE_INTERVAL, optimizeInterval, 0);
        atLeast(TOPICS_VOCAB_SIZE, vocabSize, 2);
        atLeast(TOPICS_CHECKPOINT_INTERVAL, checkpointInterval, 0);
        atLeast(TOPICS_SYNC_INTERVAL, syncInterval, 1);
        if (!(minDf > 0) || Double.isInfinite(minDf)) {
            throw invalid(TOPICS_MIN_DF, Double.toString(minDf), "must be a count ≥ 1 or a fraction in (0, 1)");
        }
        if (!(maxDf > 0 && maxDf <= 1)) {
            throw invalid(TOPICS_MAX_DF, Double.toString(maxDf), "must be a fraction in (0, 1]");
        }
        if (!(docThreshold >= 0 && docThreshold <= 1)) {
            throw invalid(TOPICS_DOC_THRESHOLD, Double.toString(docThreshold), "must be in [0, 1]");
        }
        if (!(matchDistance >= 0 && matchDistance <= 1)) {
            throw invalid(TOPICS_MATCH_DISTANCE, Double.toString(matchDistance), "must be in [0, 1]");
        }
    }

    /** Iterations to run: the configured number, or the optimizer's default when 0. */
    public int effectiveIterations() {
        return iterations > 0 ? iterations : optimizer.defaultIterations();
    }

    static TopicSettings from(Map<String, String> v) {
        return new TopicSettings(
                parseEnum(TopicOptimizer.class, TOPICS_OPTIMIZER, v.get(TOPICS_OPTIMIZER)),
                parseInt(TOPICS_K, v.get(TOPICS_K)),
                parseInt(TOPICS_ITERATIONS, v.get(TOPICS_ITERATIONS)),
                parseInt(TOPICS_BURN_IN, v.get(TOPICS_BURN_IN)),
                parseInt(TOPICS_OPTIMIZE_INTERVAL, v.get(TOPICS_OPTIMIZE_INTERVAL)),
                parseLong(TOPICS_SEED, v.get(TOPICS_SEED)),
                parseInt(TOPICS_VOCAB_SIZE, v.get(TOPICS_VOCAB_SIZE)),
                parseDouble(TOPICS_MIN_DF, v.get(TOPICS_MIN_DF)),
                parseDouble(TOPICS_MAX_DF, v.get(TOPICS_MAX_DF)),
                parseEnum(TopicUnit.class, TOPICS_UNIT, v.get(TOPICS_UNIT)),
                parseBoolean(TOPICS_PHRASES, v.get(TOPICS_PHRASES)),
                parseDouble(TOPICS_DOC_THRESHOLD, v.get(TOPICS_DOC_THRESHOLD)),
                v.get(TOPICS_TOKENS).trim(), v.get(TOPICS_LABELS_FILE).trim(), v.get(TOPICS_PREVIOUS).trim(),
                parseDouble(TOPICS_MATCH_DISTANCE, v.get(TOPICS_MATCH_DISTANCE)),
                parseBoolean(TOPICS_WARM_START, v.get(TOPICS_WARM_START)),
                parseInt(TOPICS_CHECKPOINT_INTERVAL, v.get(TOPICS_CHECKPOINT_INTERVAL)),
                parseInt(TOPICS_SYNC_INTERVAL, v.get(TOPICS_SYNC_INTERVAL)));
    }

    void putInto(Map<String, Object> m) {
        m.put(TOPICS_OPTIMIZER, optimizer.key());
        m.put(TOPICS_K, k);
        m.put(TOPICS_ITERATIONS, effectiveIterations());
        m.put(TOPICS_BURN_IN, burnIn);
        m.put(TOPICS_OPTIMIZE_INTERVAL, optimizeInterval);
        m.put(TOPICS_SEED, seed);
        m.put(TOPICS_VOCAB_SIZE, vocabSize);
        m.put(TOPICS_MIN_DF, minDf);
        m.put(TOPICS_MAX_DF, maxDf);
        m.put(TOPICS_UNIT, unit.key());
        m.put(TOPICS_PHRASES, phrases);
        m.put(TOPICS_DOC_THRESHOLD, docThreshold);
        m.put(TOPICS_TOKENS, tokens);
        m.put(TOPICS_LABELS_FILE, labelsFile);
        m.put(TOPICS_PREVIOUS, previous);
        m.put(TOPICS_MATCH_DISTANCE, matchDistance);
        m.put(TOPICS_WARM_START, warmStart);
        m.put(TOPICS_CHECKPOINT_INTERVAL, checkpointInterval);
        m.put(TOPICS_SYNC_INTERVAL, syncInterval);
    }

    private static void atLeast(String key, long value, long least) {
        if (value < least) {
            throw invalid(key, Long.toString(value), "must be at least " + least);
        }
    }

    private static long parseLong(String key, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "expected an integer");
        }
    }

    private static boolean parseBoolean(String key, String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(key, raw, "expected true or false");
        };
    }
}
