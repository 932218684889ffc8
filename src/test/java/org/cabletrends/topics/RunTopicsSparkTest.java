package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topics stage on a small synthetic run (300 cables, k = 6, 30 iterations): what it commits, that the same input
 * and seed give the same tables, that a labels file names topics, and that scoring the run's own cable files with
 * the saved model gives their doc_topics. Planted-topic recovery and id stability: {@code TopicsSyntheticIT}.
 */
class RunTopicsSparkTest {
    /** Online pinned (gibbs is the default): this test keeps MLlib's path covered, model/mllib and exact scoring. */
    static final Map<String, String> SETTINGS = Map.of("topics_optimizer", "online", "topics_k", "6",
            "topics_iterations", "30");

    @TempDir
    static Path dir;
    static SparkSession spark;
    static SyntheticRuns runs;
    static TopicsResult first;
    static List<Row> firstTopics;
    static List<Row> firstDocs;
    static TopicsResult second;

    @BeforeAll
    static void runTopics() throws Exception {
        spark = SparkTestSession.get();
        runs = new SyntheticRuns(dir, 300, 0);
        assertThat(runs.ingest(spark, "r1", dir.resolve("corpus").toString()).ok()).isTrue();
        first = RunTopics.of(spark, runs.topicsConfig("r1", SETTINGS)).execute();
        firstTopics = table("topics", "topic_id", "rank");
        firstDocs = table("doc_topics", "refid");
        Path labels = Files.writeString(dir.resolve("labels.tsv"), "# invented labels\n0\tfirst topic\n99\tgone\n");
        Map<String, String> labelled = new HashMap<>(SETTINGS);
        labelled.put("topics_labels_file", labels.toString());
        second = RunTopics.of(spark, runs.topicsConfig("r1", labelled)).execute();
    }

    static List<Row> table(String name, String... order) {
        return spark.read().parquet(runs.run("r1") + "/topics/" + name).orderBy(order[0],
                java.util.Arrays.copyOfRange(order, 1, order.length)).collectAsList();
    }

    @Test
    void theStageCommitsItsTablesModelAndManifest() throws Exception {
        Path topics = Path.of(runs.run("r1"), "topics");
        for (String child : List.of("topics", "doc_topics", "topic_trends", "topic_quality", "model/model.json",
                "model/vocabulary.txt", "model/mllib", "manifest.json")) {
            assertThat(topics.resolve(child)).exists();
        }
        assertThat(Path.of(runs.run("r1"), "_tmp-topics")).doesNotExist();
        JsonNode manifest = new ObjectMapper().readTree(topics.resolve("manifest.json").toFile());
        assertThat(manifest.path("stage").asText()).isEqualTo("topics");
        assertThat(manifest.path("topic_ids")).hasSize(6);
        assertThat(manifest.path("rows").path("doc_topics").asLong()).isEqualTo(table("doc_topics", "refid").size());
        assertThat(manifest.path("model").path("log_perplexity").isNumber()).isTrue();
        assertThat(first.documents()).isGreaterThan(280);
    }

    @Test
    void doctopicsAreDistributionsInIdOrderWithTheirDominantTopic() {
        assertThat(first.topicIds()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(firstDocs).hasSize((int) (first.documents() - first.emptyDocuments())).allSatisfy(r -> {
            List<Double> d = r.getList(4);
            assertThat(d).hasSize(6);
            assertThat(d.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
            assertThat(d.get(r.getInt(5))).isEqualTo(r.getDouble(6)).isEqualTo(d.stream().mapToDouble(x -> x).max().orElseThrow());
            assertThat(r.getString(1)).isEqualTo(r.getString(0));
        });
    }

    @Test
    void topicsAreWordsAndQualityCoversEveryTopic() {
        assertThat(firstTopics).hasSize(6 * TopicSchemas.TOP_TERMS)
                .allSatisfy(r -> assertThat(r.getString(3)).matches("[a-z][a-z -]*"));
        List<Row> quality = table("topic_quality", "topic_id");
        assertThat(quality).hasSize(6).allSatisfy(r -> {
            assertThat(r.getDouble(2)).isBetween(-1.0, 1.0);
            assertThat(r.getBoolean(8)).isFalse();
            assertThat(r.isNullAt(9)).isTrue();
        });
        assertThat(quality.stream().mapToDouble(r -> r.getDouble(4)).sum()).isCloseTo(1.0, within(1e-6));
        // Sizes order the ids of a first run: 0 is the largest topic.
        assertThat(quality.get(0).getDouble(4)).isGreaterThanOrEqualTo(quality.get(5).getDouble(4));
    }

    @Test
    void sameInputAndSeedGiveTheSameTablesAndTheLabelsFileNamesTopics() {
        List<Row> topics = table("topics", "topic_id", "rank");
        assertThat(words(topics)).isEqualTo(words(firstTopics));
        assertThat(table("doc_topics", "refid")).isEqualTo(firstDocs);
        assertThat(topics).filteredOn(r -> r.getInt(0) == 0).allSatisfy(r -> assertThat(r.getString(1)).isEqualTo("first topic"));
        assertThat(topics).filteredOn(r -> r.getInt(0) == 1).allSatisfy(r -> assertThat(r.getString(1)).contains(" / "));
        assertThat(second.previous()).isNull();
    }

    static List<List<Object>> words(List<Row> topics) {
        List<List<Object>> out = new ArrayList<>();
        topics.forEach(r -> out.add(List.of(r.getInt(0), r.getInt(2), r.getString(3), r.getString(4), r.getDouble(5))));
        return out;
    }

    @Test
    void scoringTheRunsOwnCablesGivesTheirDocTopics() throws Exception {
        SavedModel model = ModelStore.load(spark.sparkContext().hadoopConfiguration(), runs.run("r1") + "/topics/model");
        ScoreResult scored = ScoreCables.of(spark, model).execute(List.of(dir.resolve("corpus").toString()));
        Map<String, Row> byRefid = new HashMap<>();
        scored.docTopics().collectAsList().forEach(r -> byRefid.put(r.getString(0), r));
        List<Row> docs = table("doc_topics", "refid");
        long compared = docs.stream().filter(r -> byRefid.containsKey(r.getString(0))).peek(r -> {
            Row s = byRefid.get(r.getString(0));
            assertThat(s.getLong(3)).as(r.getString(0)).isEqualTo(r.getLong(3));
            List<Double> a = r.getList(4);
            List<Double> b = s.getList(4);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i)).isCloseTo(a.get(i), within(1e-9));
            }
        }).count();
        assertThat(compared).isGreaterThanOrEqualTo((long) (0.98 * docs.size()));
    }
}
