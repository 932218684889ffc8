package org.cabletrends.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cabletrends.ingest.IngestJob;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cabletrends run}: every stage that exists, in order, as one run. Without {@code --input} it runs on the
 * embedded default, a synthetic demo corpus generated once per (seed, size) under the output directory; the corpus
 * is deterministic, so a generated copy is reused. Stages now: ingest (themes and topics join as they land).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs every stage on a corpus: by default a generated synthetic demo corpus under local[*]."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--input", split = ",", paramLabel = "PATH", description = "Cable inputs (default: the demo corpus).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "Base directory of runs (default ${DEFAULT-VALUE}).")
    private Path output = Path.of("out");

    @Option(names = "--master", description = "Spark master (default ${DEFAULT-VALUE}).")
    private String master = "local[*]";

    @Option(names = "--run-id", paramLabel = "ID", description = "Run directory name (default: start time, UTC).")
    private String runId;

    @Option(names = "--cables", description = "Size of the demo corpus (default ${DEFAULT-VALUE}).")
    private int cables = SynthOptions.DEFAULT_CABLES;

    @Option(names = "--seed", description = "Seed of the demo corpus (default ${DEFAULT-VALUE}).")
    private long seed = SynthOptions.DEFAULT_SEED;

    @Override
    public Integer call() throws IOException {
        List<String> args = new ArrayList<>(List.of("--output", output.toString(), "--master", master));
        if (runId != null) {
            args.addAll(List.of("--run_id", runId));
        }
        List<String> corpus = inputs.isEmpty() ? List.of(demoCorpus().toString()) : inputs;
        corpus.forEach(i -> args.addAll(List.of("--input", i)));
        return IngestJob.run(args.toArray(String[]::new));
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
