package org.cabletrends.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.ingest.IngestCables;
import org.cabletrends.ingest.IngestResult;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;

/**
 * A synthetic corpus of {@code base + extra} cables written to {@code <dir>/corpus}, the newest {@code extra} moved to
 * {@code <dir>/extra}, and ingested runs under {@code <dir>/out}: {@code base} (corpus only) and {@code plus}
 * (corpus and extra).
 */
final class SyntheticRuns {
    final Path dir;
    final SyntheticCorpus corpus;

    SyntheticRuns(Path dir, int base, int extra) throws IOException {
        this.dir = dir;
        this.corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(base + extra));
        corpus.writeDirectory(dir.resolve("corpus"));
        for (int i = base; i < base + extra; i++) {
            String name = corpus.cable(i).fileName();
            Path to = dir.resolve("extra").resolve(name);
            Files.createDirectories(to.getParent());
            Files.move(dir.resolve("corpus").resolve(name), to);
        }
    }

    Path groundTruthSummary() {
        return dir.resolve("corpus").resolve("ground-truth-summary.json");
    }

    String run(String runId) {
        return dir.resolve("out").resolve(runId).toString();
    }

    IngestResult ingest(SparkSession spark, String runId, String... inputs) throws Exception {
        CablesConfig config = CablesConfig.resolve(Map.of("input", String.join(",", inputs),
                "output", dir.resolve("out").toString(), "run_id", runId), Map.of(), Map.of(), Clock.systemUTC());
        return IngestCables.of(spark, config).execute();
    }

    /** The topics stage's config for a run, with {@code settings} (option key → value) on top of the defaults. */
    CablesConfig topicsConfig(String runId, Map<String, String> settings) {
        Map<String, String> cli = new HashMap<>(settings);
        cli.put("run_dir", run(runId));
        cli.put("output", dir.resolve("out").toString());
        return CablesConfig.resolve(cli, Map.of(), Map.of(), Clock.systemUTC());
    }
}
