package org.cabletrends.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cabletrends.topics.TopicsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cabletrends topics --run-dir DIR [...]}: the topics stage ({@link TopicsJob}) on an ingested run. Options
 * left unset fall back to {@code spark.cables.*}, the config file, then the defaults (docs/TOPICS.md).
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Fits a topic model on an ingested run and writes <run>/topics: topics, doc_topics, "
                + "topic_trends, topic_quality, the model and a manifest."})
final class TopicsCommand implements Callable<Integer> {
    @Option(names = "--run-dir", paramLabel = "DIR", description = "The ingested run directory (required).")
    private String runDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A .properties or .json file of options.")
    private Path config;

    @Option(names = "--master", description = "Spark master (default local[*]).")
    private String master;

    @Option(names = "--tokens", paramLabel = "FILE", description = "Pre-tokenized documents (refid<TAB>tokens, .gz too) instead of the run's paragraphs.")
    private String tokens;

    @Option(names = "--k", paramLabel = "N", description = "Number of topics (default 20).")
    private String k;

    @Option(names = "--optimizer", paramLabel = "online|em|gibbs", description = "LDA optimizer (default online).")
    private String optimizer;

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations; 0 = the optimizer's default.")
    private String iterations;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default 42).")
    private String seed;

    @Option(names = "--unit", paramLabel = "cable|paragraph", description = "What one document is (default cable).")
    private String unit;

    @Option(names = "--vocab-size", paramLabel = "N", description = "Largest vocabulary (default 20000).")
    private String vocabSize;

    @Option(names = "--min-df", paramLabel = "X", description = "Least document frequency: count ≥ 1 or fraction (default 5).")
    private String minDf;

    @Option(names = "--max-df", paramLabel = "X", description = "Largest document frequency, a fraction (default 0.5).")
    private String maxDf;

    @Option(names = "--phrases", paramLabel = "true|false", description = "Keep frequent two-word phrases as one token (default true).")
    private String phrases;

    @Option(names = "--previous", paramLabel = "DIR", description = "Previous topics folder (or run) to keep ids stable against.")
    private String previous;

    @Option(names = "--labels-file", paramLabel = "FILE", description = "User labels keyed by stable topic id.")
    private String labelsFile;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "config", config == null ? null : config.toString());
        add(args, "run_dir", runDir);
        add(args, "master", master);
        add(args, "topics_tokens", tokens);
        add(args, "topics_k", k);
        add(args, "topics_optimizer", optimizer);
        add(args, "topics_iterations", iterations);
        add(args, "topics_seed", seed);
        add(args, "topics_unit", unit);
        add(args, "topics_vocab_size", vocabSize);
        add(args, "topics_min_df", minDf);
        add(args, "topics_max_df", maxDf);
        add(args, "topics_phrases", phrases);
        add(args, "topics_previous", previous);
        add(args, "topics_labels_file", labelsFile);
        return TopicsJob.run(args.toArray(String[]::new));
    }

    private static void add(List<String> args, String key, String value) {
        if (value != null) {
            args.add("--" + key);
            args.add(value);
        }
    }
}
