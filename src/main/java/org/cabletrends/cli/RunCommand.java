package org.cabletrends.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.ConfigException;
import org.cabletrends.config.ConfigSources;
import org.cabletrends.config.Stage;
import org.cabletrends.ingest.IngestJob;
import org.cabletrends.ingest.JobSupport;
import org.cabletrends.themes.ThemesJob;
import org.cabletrends.topics.TopicsJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cabletrends run}: the configured stages ({@code stages}, default ingest, themes, topics) in order, as one
 * run: ingest commits {@code <output>/<run_id>} and each later stage adds its folder to that run directory. The run id
 * is fixed before the first stage (from the start time when not given), so every stage knows the directory. Without
 * {@code --input} it runs on the embedded default, a synthetic demo corpus generated once per (seed, size) under the
 * output directory; the corpus is deterministic, so a generated copy is reused. Stops at the first stage that fails.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the stages (ingest, themes, topics) on a corpus into one run directory: by default a "
                + "generated synthetic demo corpus under local[*]."})
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--input", split = ",", paramLabel = "PATH", description = "Cable inputs (default: the demo corpus).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Base directory of runs (default ${DEFAULT-VALUE}).")
    private Path output = Path.of("out");

    @Option(names = "--master", description = "Spark master (default ${DEFAULT-VALUE}).")
    private String master = "local[*]";

    @Option(names = "--run-id", paramLabel = "ID", description = "Run directory name (default: start time, UTC).")
    private String runId;

    @Option(names = "--stages", paramLabel = "LIST", description = "Stages in order (default ingest,themes,topics).")
    private String stages;

    @Option(names = "--themes-file", paramLabel = "FILE", description = "A themes JSON file (default: the bundled one).")
    private String themesFile;

    @Option(names = "--config", paramLabel = "FILE", description = "A .properties or .json file of options.")
    private Path config;

    @Option(names = "--cables", description = "Size of the demo corpus (default ${DEFAULT-VALUE}).")
    private int cables = SynthOptions.DEFAULT_CABLES;

    @Option(names = "--seed", description = "Seed of the demo corpus (default ${DEFAULT-VALUE}).")
    private long seed = SynthOptions.DEFAULT_SEED;

    @Override
    public Integer call() throws IOException {
        List<String> args = new ArrayList<>(List.of("--output", output.toString(), "--master", master));
        add(args, "config", config == null ? null : config.toString());
        add(args, "run_id", runId);
        add(args, "stages", stages);
        add(args, "themes_file", themesFile);
        CablesConfig resolved;
        try {
            resolved = ConfigSources.load(args.toArray(String[]::new), JobSupport.sparkConfEntries(), Clock.systemUTC());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return CableTrends.USAGE;
        }
        if (runId == null) {
            args.addAll(List.of("--run_id", resolved.runId()));
        }
        args.addAll(List.of("--run_dir", output.resolve(resolved.runId()).toString()));
        if (resolved.stages().contains(Stage.INGEST)) {
            List<String> corpus = inputs.isEmpty() ? List.of(demoCorpus().toString()) : inputs;
            corpus.forEach(i -> add(args, "input", i));
        }
        return runStages(resolved.stages(), args.toArray(String[]::new));
    }

    /** Each stage on the same arguments (every job reads the keys it needs); a summary line per stage at the end. */
    private static int runStages(List<Stage> stages, String[] args) {
        List<String> summary = new ArrayList<>();
        int code = CableTrends.OK;
        for (Stage stage : stages) {
            System.out.println("== stage " + stage.key());
            long t0 = System.nanoTime();
            code = switch (stage) {
                case INGEST -> IngestJob.run(args);
                case THEMES -> ThemesJob.run(args);
                case TOPICS -> TopicsJob.run(args);
            };
            summary.add(String.format(java.util.Locale.ROOT, "stage %s: %s in %.1f s", stage.key(),
                    code == CableTrends.OK ? "ok" : "FAILED (exit " + code + ")", (System.nanoTime() - t0) / 1e9));
            if (code != CableTrends.OK) {
                break;
            }
        }
        summary.forEach(System.out::println);
        return code;
    }

    private static void add(List<String> args, String key, String value) {
        if (value != null) {
            args.add("--" + key);
            args.add(value);
        }
    }

    /** Generates the demo corpus into a staging folder and renames it into place, so a half-written one is never used. */
    private Path demoCorpus() throws IOException {
        SynthOptions options = SynthOptions.defaults().withSeed(seed).withCables(cables);
        Path dir = output.resolve("demo-corpus").resolve("seed" + seed + "-n" + cables);
        if (Files.isDirectory(dir)) {
            System.out.println("Demo corpus: reusing " + dir);
            return dir;
        }
        Path staging = Files.createDirectories(dir.getParent()).resolve("_tmp-" + dir.getFileName() + "-" + ProcessHandle.current().pid());
        var report = new SyntheticCorpus(options).writeDirectory(staging);
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Demo corpus: %,d synthetic cables (seed %d, %,d malformed on purpose), %.1f MB at %s%n",
                report.cables(), seed, report.malformed(), report.bytes() / 1e6, dir);
        return dir;
    }
}
