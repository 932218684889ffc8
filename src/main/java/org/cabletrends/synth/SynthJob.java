package org.cabletrends.synth;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line: generate a synthetic corpus to a directory of files or one cables.csv. Exit 0 ok, 1 failure, 2 usage. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic cable corpus with ground truth.")
public final class SynthJob implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Output directory (created).")
    Path out;
    @Option(names = "--cables", description = "Number of cables (default ${DEFAULT-VALUE}).")
    int cables = SynthOptions.DEFAULT_CABLES;
    @Option(names = "--seed", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed = SynthOptions.DEFAULT_SEED;
    @Option(names = "--csv", description = "Write one cables.csv instead of a directory of files.")
    boolean csv;
    @Option(names = "--start-year", description = "First year (default ${DEFAULT-VALUE}).")
    int startYear = SynthOptions.DEFAULT_START_YEAR;
    @Option(names = "--end-year", description = "Last year (default ${DEFAULT-VALUE}).")
    int endYear = SynthOptions.DEFAULT_END_YEAR;
    @Option(names = "--forms", description = "Form weights, e.g. site=0.6,seed_markdown=0.05,plusd=0.05,"
            + "partial_extract=0.15,flattened=0.15.")
    String forms;
    @Option(names = "--malformed-rate", description = "Fraction of broken files (default ${DEFAULT-VALUE}).")
    double malformedRate = SynthOptions.DEFAULT_MALFORMED_RATE;
    @Option(names = "--tag-noise", description = "Theme tag noise rate (default ${DEFAULT-VALUE}).")
    double tagNoise = SynthOptions.DEFAULT_TAG_NOISE;
    @Option(names = "--theme-rate", description = "Base per-theme rate (default ${DEFAULT-VALUE}).")
    double themeRate = SynthOptions.DEFAULT_THEME_RATE;
    @Option(names = "--topics", description = "Latent topics k (default ${DEFAULT-VALUE}).")
    int topics = SynthOptions.DEFAULT_TOPICS;
    @Option(names = "--bursts", description = "Planted bursts (default ${DEFAULT-VALUE}).")
    int bursts = SynthOptions.DEFAULT_BURSTS;
    @Option(names = "--burst-factor", description = "Rate multiplier in a burst (default ${DEFAULT-VALUE}).")
    double burstFactor = SynthOptions.DEFAULT_BURST_FACTOR;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new SynthJob());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean usage = e instanceof IllegalArgumentException;
            cmd.getErr().println((usage ? "" : "Cannot generate corpus: ") + e.getMessage());
            return usage ? 2 : 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        SynthOptions options = new SynthOptions(seed, cables, startYear, endYear,
                forms == null ? FormMix.DEFAULT : FormMix.parse(forms), malformedRate, tagNoise, themeRate, topics,
                bursts, burstFactor);
        long start = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(options);
        CorpusWriter.Report r = csv ? CorpusWriter.writeCablesCsv(corpus, out) : CorpusWriter.writeDirectory(corpus, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Wrote %d cables (%d malformed), %.1f MB of %s to %s in %.1f s%n", r.cables(),
                r.malformed(), r.bytes() / 1e6, csv ? "cables.csv" : "files", out, seconds);
        return 0;
    }
}
