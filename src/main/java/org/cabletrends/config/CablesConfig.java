package org.cabletrends.config;

import static org.cabletrends.config.CablesOptions.*;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one validated configuration of a run. Built by {@link #resolve} from, in order of precedence: CLI options,
 * {@code spark.cables.*} Spark conf, a config file, the defaults of {@link CablesOptions}.
 */
public record CablesConfig(
        List<String> input,
        String output,
        String master,
        String runId,
        PartitionBy partitionBy,
        long csvSplitSize,
        DuplicateRule duplicateRule,
        int minPartitions,
        String runDir,
        List<Stage> stages,
        ThemeSettings themes,
        TopicSettings topics) {

    private static final Pattern RUN_ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public CablesConfig {
        input = List.copyOf(input);
        stages = List.copyOf(stages);
        if (!RUN_ID_PATTERN.matcher(runId).matches()) {
            throw invalid(RUN_ID, runId, "use letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (csvSplitSize < 1024) {
            throw invalid(CSV_SPLIT_SIZE, Long.toString(csvSplitSize), "must be at least 1k");
        }
        if (minPartitions < 1) {
            throw invalid(MIN_PARTITIONS, Integer.toString(minPartitions), "must be at least 1");
        }
        if (stages.isEmpty() || stages.stream().distinct().count() != stages.size()) {
            throw invalid(STAGES, stages.toString(), "list each of ingest, themes, topics at most once, at least one");
        }
    }

    /** Fails with "Invalid value for 'input'" unless inputs are given (the ingest stage needs them). */
    public CablesConfig requireInput() {
        if (input.isEmpty()) {
            throw invalid(INPUT, "", "at least one path, glob or URI is required");
        }
        return this;
    }

    /** Fails unless {@code run_dir} names the run directory a stage on its own reads. */
    public CablesConfig requireRunDir() {
        if (runDir.isEmpty()) {
            throw invalid(RUN_DIR, "", "the run directory of an ingested run is required");
        }
        return this;
    }

    /** Merges the sources (each a map of option key to raw string) and validates every value. */
    public static CablesConfig resolve(Map<String, String> cli, Map<String, String> sparkConf,
                                       Map<String, String> file, Clock clock) {
        Map<String, String> v = new HashMap<>(defaultsByKey());
        for (Map<String, String> source : List.of(file, sparkConf, cli)) {
            source.forEach((k, value) -> {
                checkKnown(k);
                v.put(k, value);
            });
        }
        String runId = v.get(RUN_ID).isBlank() ? RUN_ID_TIME.format(clock.instant()) : v.get(RUN_ID).trim();
        return new CablesConfig(splitList(v.get(INPUT)), nonBlank(v, OUTPUT), nonBlank(v, MASTER), runId,
                parseEnum(PartitionBy.class, PARTITION_BY, v.get(PARTITION_BY)),
                parseSize(CSV_SPLIT_SIZE, v.get(CSV_SPLIT_SIZE)),
                parseEnum(DuplicateRule.class, DUPLICATE_RULE, v.get(DUPLICATE_RULE)),
                parseInt(MIN_PARTITIONS, v.get(MIN_PARTITIONS)), v.get(RUN_DIR).trim(),
                splitList(v.get(STAGES)).stream().map(s -> parseEnum(Stage.class, STAGES, s)).toList(),
                ThemeSettings.from(v), TopicSettings.from(v));
    }

    /** The resolved values as key to value, for the manifest. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(INPUT, input);
        m.put(OUTPUT, output);
        m.put(MASTER, master);
        m.put(RUN_ID, runId);
        m.put(PARTITION_BY, partitionBy.key());
        m.put(CSV_SPLIT_SIZE, csvSplitSize);
        m.put(DUPLICATE_RULE, duplicateRule.key());
        m.put(MIN_PARTITIONS, minPartitions);
        m.put(RUN_DIR, runDir);
        m.put(STAGES, stages.stream().map(Stage::key).toList());
        themes.putInto(m);
        topics.putInto(m);
        return m;
    }

    static List<String> splitList(String raw) {
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String nonBlank(Map<String, String> v, String key) {
        String s = v.get(key).trim();
        if (s.isEmpty()) {
            throw invalid(key, s, "must not be empty");
        }
        return s;
    }

    static long parseSize(String key, String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        long unit = s.endsWith("k") ? 1L << 10 : s.endsWith("m") ? 1L << 20 : s.endsWith("g") ? 1L << 30 : 1;
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(key, raw, "expected bytes such as 65536, 64k or 16m");
        }
    }

    static double parseDouble(String key, String raw) {
        try {
            double d = Double.parseDouble(raw.trim());
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "expected a number");
        }
    }

    static int parseInt(String key, String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, raw, "expected an integer");
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String raw) {
        String name = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        throw invalid(key, raw, "expected one of " + allowed);
    }

    static ConfigException invalid(String key, String value, String why) {
        return new ConfigException("Invalid value for '" + key + "': '" + value + "' (" + why + ")");
    }
}
