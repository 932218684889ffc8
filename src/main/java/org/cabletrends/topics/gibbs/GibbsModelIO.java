package org.cabletrends.topics.gibbs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A model directory: {@code metadata.json} (format, uid, k, vocab_size, alpha, beta, params, training summary) and
 * {@code topic_word_counts/}, a Parquet table of the non-zero counts (term_index, topic_id, count). Tokens per topic
 * are the column sums of the counts, so they are not stored. See docs/TOPICS.md.
 */
final class GibbsModelIO {
    static final int FORMAT = 1;
    /** Rows of topic_word_counts per file: ~2.4 MB in the task that writes it (~48 bytes a row serialized). */
    static final int ROWS_PER_FILE = 50_000;
    static final StructType COUNTS = new StructType()
            .add("term_index", DataTypes.IntegerType, false)
            .add("topic_id", DataTypes.IntegerType, false)
            .add("count", DataTypes.IntegerType, false);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GibbsModelIO() {
    }

    static void save(GibbsLDAModel model, String path) {
        SparkSession spark = SparkSession.active();
        TopicCounts c = model.counts();
        try {
            Path dir = new Path(path);
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(dir)) {
                throw new IllegalArgumentException("Cannot save the model to " + path + ": it exists");
            }
            fs.mkdirs(dir);
            try (OutputStream out = fs.create(new Path(dir, "metadata.json"))) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, metadata(model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the model to " + path, e);
        }
        List<Row> rows = new ArrayList<>();
        int[] cells = c.wordTopic();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != 0) {
                rows.add(RowFactory.create(i / c.k(), i % c.k(), cells[i]));
            }
        }
        // Slices, one file each, rather than a local relation in one task: k = 200 over a 20,000-term vocabulary is
        // up to 4M rows, ~190 MB in one task, past spark.rpc.message.maxSize. Loading ignores row and file order.
        int slices = Math.max(1, (rows.size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices), COUNTS)
                .write().mode(SaveMode.ErrorIfExists).parquet(path + "/topic_word_counts");
    }

    private static ObjectNode metadata(GibbsLDAModel model) {
        TopicCounts c = model.counts();
        ObjectNode m = JSON.createObjectNode();
        m.put("class", GibbsLDAModel.class.getName()).put("format", FORMAT).put("uid", model.uid())
                .put("k", c.k()).put("vocab_size", c.vocabSize()).put("beta", c.beta());
        ArrayNode alpha = m.putArray("alpha");
        for (double a : c.alpha()) {
            alpha.add(a);
        }
        ObjectNode params = m.putObject("params");
        params.put("featuresCol", model.getFeaturesCol()).put("topicDistributionCol", model.getTopicDistributionCol())
                .put("seed", model.getSeed()).put("inferenceIter", model.getInferenceIter())
                .put("inferenceBurnIn", model.getInferenceBurnIn())
                .put("inferenceThinning", model.getInferenceThinning());
        TrainingSummary s = model.summary();
        ObjectNode training = m.putObject("training");
        training.put("sweeps", s.sweeps()).put("docs", s.docs()).put("tokens", s.tokens())
                .put("log_likelihood", s.logLikelihood());
        ArrayNode trace = training.putArray("trace");
        for (SweepLogLikelihood point : s.trace()) {
            trace.addObject().put("sweep", point.sweep()).put("ll_per_token", point.perToken());
        }
        return m;
    }

    static GibbsLDAModel load(String path) {
        SparkSession spark = SparkSession.active();
        JsonNode m;
        try {
            Path file = new Path(path, "metadata.json");
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (InputStream in = fs.open(file)) {
                m = JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model metadata under " + path, e);
        }
        if (m.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("Invalid model format " + m.path("format") + " in " + path);
        }
        int k = m.get("k").asInt();
        int vocabSize = m.get("vocab_size").asInt();
        double[] alpha = new double[k];
        for (int t = 0; t < k; t++) {
            alpha[t] = m.get("alpha").get(t).asDouble();
        }
        int[] cells = new int[vocabSize * k];
        int[] totals = new int[k];
        Dataset<Row> rows = spark.read().schema(COUNTS).parquet(path + "/topic_word_counts");
        for (Row r : rows.collectAsList()) {
            cells[r.getInt(0) * k + r.getInt(1)] = r.getInt(2);
            totals[r.getInt(1)] += r.getInt(2);
        }
        JsonNode t = m.get("training");
        List<SweepLogLikelihood> trace = new ArrayList<>();
        for (JsonNode point : t.path("trace")) {
            trace.add(new SweepLogLikelihood(point.get("sweep").asInt(), point.get("ll_per_token").asDouble()));
        }
        TrainingSummary summary = new TrainingSummary(t.get("sweeps").asInt(), t.get("docs").asLong(),
                t.get("tokens").asLong(), t.get("log_likelihood").asDouble(), trace);
        GibbsLDAModel model = new GibbsLDAModel(m.get("uid").asText(),
                new TopicCounts(k, vocabSize, cells, totals, alpha, m.get("beta").asDouble()), summary, null);
        JsonNode p = m.get("params");
        return model.setFeaturesCol(p.get("featuresCol").asText())
                .setTopicDistributionCol(p.get("topicDistributionCol").asText())
                .setSeed(p.get("seed").asLong()).setInferenceIter(p.get("inferenceIter").asInt())
                .setInferenceBurnIn(p.get("inferenceBurnIn").asInt())
                .setInferenceThinning(p.get("inferenceThinning").asInt());
    }
}
