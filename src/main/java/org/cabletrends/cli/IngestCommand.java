package org.cabletrends.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cabletrends.ingest.IngestJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cabletrends ingest [--config FILE] [--output DIR] [--run-id ID] ... INPUT...}: the Spark ingest job
 * ({@link IngestJob}) behind the project's command line. Options left unset fall back to {@code spark.cables.*},
 * then the config file, then the defaults. Exit 0 ok, 1 failed run, 2 bad usage.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests cable files and cables.csv files into a run directory of Parquet tables.",
                "Files named *.csv are read as cables.csv; *.tsv, *.md, *.json and *.jsonl are skipped; "
                        + "every other file is one cable."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Paths, globs or Hadoop URIs (also --input).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--input", split = ",", paramLabel = "PATH", description = "More inputs; repeatable.")
    private List<String> moreInputs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "A .properties or .json file of options.")
    private Path config;

    @Option(names = "--output", paramLabel = "DIR", description = "Base directory of runs (default ./out).")
    private String output;

    @Option(names = "--master", description = "Spark master (default local[*]).")
    private String master;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run directory name (default: start time, UTC).")
    private String runId;

    @Option(names = "--partition-by", paramLabel = "year|year_month", description = "Partitioning of cables and paragraphs.")
    private String partitionBy;

    @Option(names = "--csv-split-size", paramLabel = "BYTES", description = "Largest split of a cables.csv (default 16m).")
    private String csvSplitSize;

    @Option(names = "--duplicate-rule", paramLabel = "RULE", description = "fewest_errors (default), longest_body, first_source.")
    private String duplicateRule;

    @Option(names = "--min-partitions", paramLabel = "N", description = "Least number of read partitions (default 4).")
    private String minPartitions;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "config", config == null ? null : config.toString());
        inputs.forEach(i -> add(args, "input", i));
        moreInputs.forEach(i -> add(args, "input", i));
        add(args, "output", output);
        add(args, "master", master);
        add(args, "run_id", runId);
        add(args, "partition_by", partitionBy);
        add(args, "csv_split_size", csvSplitSize);
        add(args, "duplicate_rule", duplicateRule);
        add(args, "min_partitions", minPartitions);
        return IngestJob.run(args.toArray(String[]::new));
    }

    private static void add(List<String> args, String key, String value) {
        if (value != null) {
            args.add("--" + key);
            args.add(value);
        }
    }
}
