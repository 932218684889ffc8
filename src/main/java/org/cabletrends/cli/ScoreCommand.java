package org.cabletrends.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cabletrends.topics.ScoreJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cabletrends score --model DIR [--output DIR] INPUT...}: topics of new cables without retraining. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Assigns topics to new cables with a saved model (<run>/topics/model): doc_topics rows as "
                + "JSON Lines on standard output, or Parquet in --output.",
                "INPUT: cable files, folders of cable files, or an ingested run directory."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A topics model folder, e.g. out/RUN/topics/model.")
    private String model;

    @Option(names = "--output", paramLabel = "DIR", description = "Write Parquet here instead of JSON Lines to standard output.")
    private String output;

    @Option(names = "--master", description = "Spark master (default local[*]).")
    private String master;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Cable files, folders, or an ingested run directory.")
    private List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--model", model));
        if (output != null) {
            args.addAll(List.of("--output", output));
        }
        if (master != null) {
            args.addAll(List.of("--master", master));
        }
        args.addAll(inputs);
        return ScoreJob.run(spec.commandLine().getOut(), args.toArray(String[]::new));
    }
}
