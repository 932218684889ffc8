package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cabletrends.topics.TopicFixtures.resource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.cabletrends.cable.SharedDir;
import org.junit.jupiter.api.Test;

/** {@link CoherenceSpark} gives the same result as {@link Coherence} (same counts, hence the same doubles). */
class CoherenceSparkTest {
    @Test
    void fixtureSameAsJava() {
        SparkSession spark = SparkTestSession.get();
        Path tokens = resource(TopicFixtures.TOKENS);
        for (String topicsFile : List.of(TopicFixtures.TOPICS, TopicFixtures.EDGE_TOPICS)) {
            List<List<String>> topics = TopicFixtures.topics(resource(topicsFile));
            Coherence.Result java = Coherence.compute(topics, TopicFixtures.tokens(tokens));
            Coherence.Result spark1 = CoherenceSpark.compute(TokensFileSpark.read(spark, tokens.toString()), topics);
            TopicFixtures.assertSameResult(spark1, java, 0.0);
        }
    }

    @Test
    void nullTokensAndExtraColumnsAreEmptyDocuments() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> corpus = spark.createDataFrame(List.of(
                RowFactory.create("a", new String[] {"x", "y", "x"}, 1),
                RowFactory.create("b", null, 2),
                RowFactory.create("c", new String[] {"y", null}, 3)),
                new StructType().add("refid", "string").add("tokens", "array<string>").add("other", "int"));
        List<List<String>> topics = List.of(List.of("x", "y"), List.of("y", "z"));
        Coherence.Result r = CoherenceSpark.compute(corpus, topics);
        List<List<String>> docs = List.of(List.of("x", "y", "x"), List.of(), List.of("y"));
        TopicFixtures.assertSameResult(r, Coherence.compute(topics, docs), 0.0);
        assertThat(r.documents()).isEqualTo(3);
    }

    @Test
    void siteTokensSameAsJavaForArbitraryTopics() {
        Path file = SharedDir.require("reference/site-tokens.tsv.gz");
        List<List<String>> docs = TopicFixtures.tokens(file);
        List<List<String>> topics = stripedTopics(docs, 50, 10);
        Coherence.Options options = new Coherence.Options(10, 1.0);
        Coherence.Result java = Coherence.compute(topics, docs, options);
        Coherence.Result spark = CoherenceSpark.compute(TokensFileSpark.read(SparkTestSession.get(),
                file.toString()).repartition(3), topics, options);
        TopicFixtures.assertSameResult(spark, java, 0.0);
        assertThat(java.documents()).isEqualTo(docs.size());
        assertThat(java.missing()).containsExactly("qqqabsent");
        assertThat(java.topics()).extracting(Coherence.TopicScore::npmi).allMatch(x -> x > -1 && x < 1);
    }

    /**
     * {@code k} topics of {@code top} words built from the corpus itself (no corpus text in the repository): the
     * words ranked by document frequency, topic t taking ranks t, t + k, t + 2k …; topic 0 gets an absent word.
     */
    static List<List<String>> stripedTopics(List<List<String>> docs, int k, int top) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : docs) {
            for (String w : new HashSet<>(doc)) {
                df.merge(w, 1, Integer::sum);
            }
        }
        List<String> ranked = df.keySet().stream().sorted(Comparator.comparing((String w) -> -df.get(w))
                .thenComparing(Comparator.naturalOrder())).toList();
        List<List<String>> topics = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            List<String> words = new ArrayList<>();
            for (int r = 0; r < top; r++) {
                words.add(ranked.get((t + r * k) * 7 % ranked.size()));
            }
            topics.add(words);
        }
        topics.get(0).set(top - 1, "qqqabsent");
        Set<String> all = new HashSet<>(df.keySet());
        assertThat(all).doesNotContain("qqqabsent");
        return topics;
    }
}
