package org.cabletrends.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cabletrends.themes.ThemesJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cabletrends themes --run-dir DIR [--themes-file F] ...}: the themes stage ({@link ThemesJob}) on an ingested
 * run. Options left unset fall back to {@code spark.cables.*}, then the config file, then the defaults. Exit 0 ok,
 * 1 failed stage, 2 bad usage (also an invalid themes file or a run directory without a committed run).
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"Scores every cable of an ingested run against the themes file and writes theme trends and "
                + "bursts to <run-dir>/themes (replacing an earlier themes folder)."})
final class ThemesCommand implements Callable<Integer> {
    @Option(names = "--run-dir", paramLabel = "DIR", description = "An ingested run directory (<output>/<run_id>).")
    private String runDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A .properties or .json file of options.")
    private Path config;

    @Option(names = "--themes-file", paramLabel = "FILE", description = "A themes JSON file (default: the bundled one).")
    private String themesFile;

    @Option(names = "--theme-threshold", paramLabel = "X", description = "text_score at which a cable talks about a theme (default 0.5).")
    private String threshold;

    @Option(names = "--trend-min-cables", paramLabel = "N", description = "Cells with fewer cables are flagged small_count (default 20).")
    private String minCables;

    @Option(names = "--burst-rate", paramLabel = "S", description = "Kleinberg's s, > 1 (default 2).")
    private String burstRate;

    @Option(names = "--burst-gamma", paramLabel = "G", description = "Kleinberg's gamma, > 0 (default 2).")
    private String burstGamma;

    @Option(names = "--master", description = "Spark master (default local[*]).")
    private String master;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "config", config == null ? null : config.toString());
        add(args, "run_dir", runDir);
        add(args, "themes_file", themesFile);
        add(args, "theme_threshold", threshold);
        add(args, "trend_min_cables", minCables);
        add(args, "burst_rate", burstRate);
        add(args, "burst_gamma", burstGamma);
        add(args, "master", master);
        return ThemesJob.run(args.toArray(String[]::new));
    }

    private static void add(List<String> args, String key, String value) {
        if (value != null) {
            args.add("--" + key);
            args.add(value);
        }
    }
}
