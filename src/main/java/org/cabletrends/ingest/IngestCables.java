package org.cabletrends.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.CablesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action: ingests cable files and cables.csv files into one run directory of Parquet tables (docs/SCHEMAS.md).
 * Stages: list the inputs, parse them in the executors into staged units, pick one copy per refid, write the tables,
 * check that every input unit became a cable, a reject or a duplicate, then commit the run with its manifest.
 */
public final class IngestCables {
    private static final Logger LOG = LoggerFactory.getLogger(IngestCables.class);
    private static final String UNITS = "staging-units";
    /** Bytes of cable files per read partition beyond {@code min_partitions}. */
    private static final long BYTES_PER_PARTITION = 32L << 20;

    private final SparkSession spark;
    private final CablesConfig config;
    private final CsvRowParser csvParser;
    private final Clock clock;

    private IngestCables(SparkSession spark, CablesConfig config, CsvRowParser csvParser, Clock clock) {
        this.spark = spark;
        this.config = config;
        this.csvParser = csvParser;
        this.clock = clock;
    }

    public static IngestCables of(SparkSession spark, CablesConfig config) {
        return new IngestCables(spark, config, CsvRowParser.standard(), Clock.systemUTC());
    }

    /** The same action with another CSV field parser. */
    public IngestCables csvParser(CsvRowParser parser) {
        return new IngestCables(spark, config, parser, clock);
    }

    public IngestResult execute() throws Exception {
        config.requireInput();
        Instant started = clock.instant();
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        RunDirectory run = RunDirectory.create(spark.sparkContext().hadoopConfiguration(), config.output(), config.runId());
        try {
            return stages(run, started);
        } catch (Exception | Error e) {
            run.abandon();
            throw e;
        }
    }

    private IngestResult stages(RunDirectory run, Instant started) throws Exception {
        Stages stages = new Stages(LOG);
        InputListing.Inputs listed = stages.run("list", () -> InputListing.list(
                spark.sparkContext().hadoopConfiguration(), config.input()), i -> "cable_files=" + i.cableFiles().size()
                + " csv_files=" + i.csvFiles().size() + " skipped_files=" + i.skippedFiles() + " bytes=" + i.bytes());
        IngestTables tables = stages.run("parse", () -> parse(listed, run), t -> "units=" + units(t.unitCounts()));
        IngestResult.Inputs inputs = inputs(listed, tables.unitCounts());
        Map<String, String> paths = new LinkedHashMap<>();
        IngestSchemas.TABLES.forEach(t -> paths.put(t, run.tmp(t)));
        stages.run("dedupe", () -> {
            tables.writeDuplicates(config.duplicateRule(), paths.get(IngestSchemas.DUPLICATES));
            return tables.count(IngestSchemas.DUPLICATES, paths.get(IngestSchemas.DUPLICATES));
        }, n -> "duplicates=" + n);
        Map<String, Long> rows = stages.run("write", () -> write(tables, paths), r -> counts(r));
        run.delete(UNITS);
        String problem = reconcile(listed, inputs, rows);
        boolean ok = problem == null;
        Map<String, String> committedPaths = new LinkedHashMap<>();
        Path target = stages.run("commit", () -> {
            Path dir = ok ? run.committed() : run.failed();
            paths.keySet().forEach(t -> committedPaths.put(t, new Path(dir, t).toString()));
            IngestResult draft = result(dir, ok, problem, inputs, rows, stages, committedPaths, started);
            run.write("manifest.json", RunManifest.json(draft, config, spark.version()));
            return run.commit(ok);
        }, p -> "run_dir=" + p + " status=" + (ok ? "ok" : "failed"));
        if (!ok) {
            LOG.error("Invalid run {}: {}", config.runId(), problem);
        }
        return result(target, ok, problem, inputs, rows, stages, committedPaths, started);
    }

    private IngestTables parse(InputListing.Inputs listed, RunDirectory run) throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> units = jsc.emptyRDD();
        if (!listed.cableFiles().isEmpty()) {
            int partitions = (int) Math.max(config.minPartitions(), listed.cableFileBytes() / BYTES_PER_PARTITION + 1);
            units = UnitReaders.cableFiles(jsc, listed.cableFiles(), partitions);
        }
        if (!listed.csvFiles().isEmpty()) {
            units = units.union(UnitReaders.csvFiles(jsc, listed.csvFiles(), config.csvSplitSize(), csvParser));
        }
        // Staged once so that parsing runs once; no dictionaries: bodies are unique, hashing them only costs time.
        spark.createDataFrame(units, IngestSchemas.UNITS_SCHEMA).write().mode(SaveMode.ErrorIfExists)
                .option("parquet.enable.dictionary", "false").parquet(run.tmp(UNITS));
        return new IngestTables(spark, run.tmp(UNITS), config.partitionBy().columns());
    }

    private static Map<String, Long> write(IngestTables tables, Map<String, String> paths) {
        tables.writeCablesAndParagraphs(paths.get(IngestSchemas.DUPLICATES), paths.get(IngestSchemas.CABLES),
                paths.get(IngestSchemas.PARAGRAPHS));
        tables.writeIssues(paths.get(IngestSchemas.PARSE_ISSUES));
        tables.writeRejects(paths.get(IngestSchemas.REJECTS));
        Map<String, Long> rows = new LinkedHashMap<>();
        paths.forEach((table, path) -> rows.put(table, tables.count(table, path)));
        return rows;
    }

    /** Null when the counts reconcile, else what does not hold. */
    static String reconcile(InputListing.Inputs listed, IngestResult.Inputs inputs, Map<String, Long> rows) {
        long fileUnits = inputs.units() - inputs.csvRows();
        if (fileUnits != listed.cableFiles().size()) {
            return "Invalid input count: " + listed.cableFiles().size() + " cable files listed but " + fileUnits + " read";
        }
        long out = rows.get(IngestSchemas.CABLES) + rows.get(IngestSchemas.REJECTS) + rows.get(IngestSchemas.DUPLICATES);
        if (out != inputs.units()) {
            return "Invalid reconciliation: inputs " + inputs.units() + " != cables + rejects + duplicates " + out
                    + " " + counts(rows);
        }
        return null;
    }

    private static IngestResult.Inputs inputs(InputListing.Inputs listed, List<Row> unitCounts) {
        long csvRows = 0;
        for (Row r : unitCounts) {
            csvRows += r.getBoolean(0) ? r.getLong(2) : 0;
        }
        return new IngestResult.Inputs(listed.cableFiles().size(), listed.csvFiles().size(), csvRows,
                listed.skippedFiles(), listed.bytes(), units(unitCounts));
    }

    private static long units(List<Row> unitCounts) {
        return unitCounts.stream().mapToLong(r -> r.getLong(2)).sum();
    }

    private static String counts(Map<String, Long> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach((t, n) -> s.append(s.length() == 0 ? "" : " ").append(t).append('=').append(n));
        return s.toString();
    }

    private IngestResult result(Path dir, boolean ok, String problem, IngestResult.Inputs inputs, Map<String, Long> rows,
                                Stages stages, Map<String, String> paths, Instant started) {
        return new IngestResult(config.runId(), dir.toString(), ok ? IngestResult.Status.OK : IngestResult.Status.FAILED,
                problem, inputs, rows, stages.seconds(), paths, started, clock.instant());
    }
}
