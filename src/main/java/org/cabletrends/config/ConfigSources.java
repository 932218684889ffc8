package org.cabletrends.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Reads the raw option maps that {@link CablesConfig#resolve} merges: CLI arguments, Spark conf, config file. */
public final class ConfigSources {
    private ConfigSources() {
    }

    /** Resolves the configuration of a job from its arguments and Spark conf ({@code spark.cables.*} entries). */
    public static CablesConfig load(String[] args, Iterable<Map.Entry<String, String>> sparkConf, java.time.Clock clock) {
        CliOptions cli = parseArgs(args);
        return CablesConfig.resolve(cli.options(), fromSparkConf(sparkConf), fromFile(cli.configFile()), clock);
    }

    /** CLI options as parsed: the option map and the {@code --config} file, if any. */
    public record CliOptions(Map<String, String> options, Path configFile) {
        public CliOptions {
            options = Map.copyOf(options);
        }
    }

    /**
     * Parses {@code --key value} and {@code --key=value}; keys may use '-' or '_'. {@code --input} may repeat (values
     * are joined with commas). Bare arguments are inputs.
     */
    public static CliOptions parseArgs(String... args) {
        Map<String, String> m = new LinkedHashMap<>();
        Path config = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                m.merge(CablesOptions.INPUT, a, (x, y) -> x + "," + y);
                continue;
            }
            int eq = a.indexOf('=');
            String key = normalise(eq > 0 ? a.substring(2, eq) : a.substring(2));
            String value;
            if (eq > 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new ConfigException("Invalid value for '" + key + "': '' (missing after " + a + ")");
            }
            if (key.equals(CablesOptions.CONFIG)) {
                config = Path.of(value);
                continue;
            }
            CablesOptions.checkKnown(key);
            m.merge(key, value, key.equals(CablesOptions.INPUT) ? (x, y) -> x + "," + y : (x, y) -> y);
        }
        return new CliOptions(m, config);
    }

    /**
     * The {@code spark.cables.*} entries of a Spark conf with the prefix removed; {@code spark.master} (as set by
     * spark-submit) stands for {@code master} unless {@code spark.cables.master} is set.
     */
    public static Map<String, String> fromSparkConf(Iterable<Map.Entry<String, String>> conf) {
        Map<String, String> m = new LinkedHashMap<>();
        String sparkMaster = null;
        for (Map.Entry<String, String> e : conf) {
            if (e.getKey().startsWith(CablesOptions.SPARK_PREFIX)) {
                m.put(normalise(e.getKey().substring(CablesOptions.SPARK_PREFIX.length())), e.getValue());
            } else if (e.getKey().equals("spark.master")) {
                sparkMaster = e.getValue();
            }
        }
        if (sparkMaster != null) {
            m.putIfAbsent(CablesOptions.MASTER, sparkMaster);
        }
        return m;
    }

    /** A {@code .json} object or a properties file; keys with or without the {@code spark.cables.} prefix. */
    public static Map<String, String> fromFile(Path file) {
        if (file == null) {
            return Map.of();
        }
        try {
            Map<String, String> raw = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? readJson(file) : readProperties(file);
            Map<String, String> m = new LinkedHashMap<>();
            raw.forEach((k, v) -> m.put(normalise(k.startsWith(CablesOptions.SPARK_PREFIX)
                    ? k.substring(CablesOptions.SPARK_PREFIX.length()) : k), v));
            return m;
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static Map<String, String> readJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new ConfigException("Cannot read config file " + file + ": expected a JSON object");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), jsonValue(e.getValue()));
        }
        return m;
    }

    private static String jsonValue(JsonNode node) {
        if (!node.isArray()) {
            return node.asText();
        }
        List<String> items = new ArrayList<>();
        node.forEach(n -> items.add(n.asText()));
        return String.join(",", items);
    }

    private static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
