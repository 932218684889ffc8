package org.cabletrends.topics;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.ingest.JobSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job: {@code ScoreJob --model DIR [--output DIR] [--master M] INPUT...}: doc_topics of new cables under a saved
 * model ({@link ScoreCables}), as JSON Lines on standard output or Parquet in {@code --output}. Exit 0 ok, 1 failure,
 * 2 bad usage.
 */
public final class ScoreJob {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);
    static final String USAGE = "Usage: ScoreJob --model DIR [--output DIR] [--master MASTER] INPUT...";

    private ScoreJob() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true), args));
    }

    public static int run(PrintWriter out, String... args) {
        ScoreArgs a;
        try {
            a = ScoreArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (SparkSession spark = JobSupport.session("cabletrends-score", a.master())) {
            return score(spark, a, out);
        } catch (Exception e) {
            LOG.error("Cannot score: {}", e.toString(), e);
            return 1;
        }
    }

    static int score(SparkSession spark, ScoreArgs a, PrintWriter out) throws Exception {
        SavedModel model = ModelStore.load(spark.sparkContext().hadoopConfiguration(), a.model());
        ScoreResult r = ScoreCables.of(spark, model).execute(a.inputs());
        if (a.output() == null) {
            ScoreOutput.jsonLines(r.docTopics(), out);
        } else {
            RunTopics.write(r.docTopics(), a.output(), 0);
        }
        LOG.info("stage=score cables={} documents={} empty_documents={}", r.cables(), r.documents(), r.emptyDocuments());
        r.docTopics().unpersist();
        return 0;
    }

    /** Parsed arguments; {@code output} null = JSON Lines on standard output. */
    record ScoreArgs(String model, String output, String master, List<String> inputs) {
        static ScoreArgs parse(String... args) {
            String model = null;
            String output = null;
            String master = "local[*]";
            List<String> inputs = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--model" -> model = value(args, ++i);
                    case "--output" -> output = value(args, ++i);
                    case "--master" -> master = value(args, ++i);
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("Invalid option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (model == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("Invalid arguments: --model DIR and at least one INPUT are required");
            }
            return new ScoreArgs(model, output, master, List.copyOf(inputs));
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException("Invalid arguments: " + args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
