package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cabletrends.topics.TopicFixtures.resource;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cabletrends.cable.SharedDir;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Coherence} against the reference implementation npmi.py (run as a subprocess) and the definition. */
class CoherenceTest {
    private static final double EXACT = 1e-9;

    @Test
    void fixtureAgreesWithNpmiPyPerTopicAndMean() {
        Path tokens = resource(TopicFixtures.TOKENS);
        Path topics = resource(TopicFixtures.TOPICS);
        Coherence.Result java = Coherence.compute(TopicFixtures.topics(topics), TopicFixtures.tokens(tokens));
        TopicFixtures.assertSameResult(java, npmiPy(tokens, topics), EXACT);
        // The fixture exercises what it is meant to: absent words, −1 pairs, a pair in every document, a cut to 10.
        assertThat(java.missing()).containsExactly("quokka", "zebra");
        assertThat(java.topics().get(0).words()).hasSize(10);
        assertThat(java.documents()).isEqualTo(43);
    }

    @Test
    void otherTopAndEpsAgreeWithNpmiPy() {
        Path tokens = resource(TopicFixtures.TOKENS);
        Path topics = resource(TopicFixtures.TOPICS);
        Coherence.Options options = new Coherence.Options(5, 1e-12);
        Coherence.Result java = Coherence.compute(TopicFixtures.topics(topics), TopicFixtures.tokens(tokens), options);
        TopicFixtures.assertSameResult(java, npmiPy(tokens, topics, "--top", "5", "--umass-eps", "1e-12"), EXACT);
    }

    @Test
    void siteTokensAgreeWithNpmiPy(@TempDir Path dir) throws IOException {
        Path site = SharedDir.require("reference/site-tokens.tsv.gz");
        List<List<String>> docs = TopicFixtures.tokens(site);
        // npmi.py reads plain text only: the documents as read, and topics made from the corpus vocabulary.
        Path tokens = dir.resolve("site-tokens.tsv");
        try (var out = Files.newBufferedWriter(tokens)) {
            for (int d = 0; d < docs.size(); d++) {
                out.write("d" + d + "\t" + String.join(" ", docs.get(d)) + "\n");
            }
        }
        List<List<String>> topics = CoherenceSparkTest.stripedTopics(docs, 20, 10);
        Path topicsFile = Files.write(dir.resolve("topics.txt"), topics.stream().map(t -> String.join(" ", t))
                .toList());
        TopicFixtures.assertSameResult(Coherence.compute(topics, docs), npmiPy(tokens, topicsFile), EXACT);
    }

    @Test
    void degenerateTopicsAgreeWithNpmiPyIncludingNaN() {
        Path tokens = resource(TopicFixtures.TOKENS);
        Path topics = resource(TopicFixtures.EDGE_TOPICS);
        Coherence.Result java = Coherence.compute(TopicFixtures.topics(topics), TopicFixtures.tokens(tokens));
        TopicFixtures.assertSameResult(java, npmiPy(tokens, topics), EXACT);
        assertThat(java.topics().get(0).npmi()).isNaN();
        assertThat(java.meanNpmi()).isNaN();
    }

    @Test
    void definitionOnHandCountedDocuments() {
        // a and b independent (NPMI 0); c with a in every document where c is; d nowhere; e and f never together.
        List<List<String>> docs = List.of(List.of("a", "b", "c", "e"), List.of("a", "c", "f"), List.of("b", "e"),
                List.of("f"));
        Coherence.Result r = Coherence.compute(List.of(List.of("a", "b"), List.of("c", "a"), List.of("e", "f", "d")),
                docs);
        assertThat(r.topics().get(0).npmi()).isCloseTo(0.0, within(1e-15));
        double pca = 2 / 4.0;
        assertThat(r.topics().get(1).npmi())
                .isCloseTo(Math.log(pca / (0.5 * 0.5)) / -Math.log(pca), within(1e-15));
        assertThat(r.topics().get(1).umass()).isCloseTo(Math.log((2 + 1.0) / 2), within(1e-15));
        assertThat(r.topics().get(2).npmi()).isEqualTo(-1.0);
        assertThat(r.topics().get(2).missing()).containsExactly("d");
        // UMass skips the pairs with d: only (e, f) remains, co-occurring in no document.
        assertThat(r.topics().get(2).umass()).isCloseTo(Math.log(1.0 / 2), within(1e-15));
        assertThat(r.meanNpmi()).isCloseTo((r.topics().get(0).npmi() + r.topics().get(1).npmi() - 1) / 3,
                within(1e-15));
    }

    @Test
    void pairInEveryDocumentScoresOneAndRepeatsCountOnce() {
        Coherence.Result r = Coherence.compute(List.of(List.of("x", "y")),
                List.of(List.of("x", "y", "x"), List.of("y", "x", "y", "y")));
        assertThat(r.topics().get(0).npmi()).isEqualTo(1.0);
        assertThat(r.topics().get(0).umass()).isCloseTo(Math.log(3.0 / 2), within(1e-15));
    }

    @Test
    void invalidOptionsAndTopicsAreRejected() {
        assertThatThrownBy(() -> new Coherence.Options(0, 1)).hasMessageStartingWith("Invalid coherence top 0");
        assertThatThrownBy(() -> new Coherence.Options(10, 0)).hasMessageStartingWith("Invalid UMass eps 0.0");
        List<List<String>> withNull = new ArrayList<>();
        withNull.add(List.of("a"));
        withNull.add(null);
        assertThatThrownBy(() -> Coherence.compute(withNull, List.of())).hasMessageStartingWith("Invalid topic 1");
    }

    /** npmi.py's JSON for the files, read back as a {@link Coherence.Result}; skips without python3 or the script. */
    static Coherence.Result npmiPy(Path tokens, Path topics, String... options) {
        Path script = SharedDir.require("reference/npmi.py");
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), tokens.toString(),
                topics.toString(), "--json"));
        command.addAll(List.of(options));
        JsonNode json = run(command);
        List<Coherence.TopicScore> scores = new ArrayList<>();
        for (JsonNode t : json.get("per_topic")) {
            List<String> words = new ArrayList<>();
            t.get("words").forEach(w -> words.add(w.asText()));
            List<String> missing = new ArrayList<>();
            json.get("missing_words").forEach(w -> {
                if (words.contains(w.asText()) && !missing.contains(w.asText())) {
                    missing.add(w.asText());
                }
            });
            missing.sort(java.util.Comparator.comparingInt(words::indexOf));
            scores.add(new Coherence.TopicScore(scores.size(), words, t.get("npmi").asDouble(),
                    t.get("umass").asDouble(), missing));
        }
        List<String> missing = new ArrayList<>();
        json.get("missing_words").forEach(w -> missing.add(w.asText()));
        return new Coherence.Result(json.get("docs").asLong(), scores, json.get("mean_npmi").asDouble(),
                json.get("mean_umass").asDouble(), missing);
    }

    private static JsonNode run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Assumptions.abort("Skipped: python3 is not available (" + e.getMessage() + ")");
            throw new IllegalStateException(e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("npmi.py finished").isTrue();
            assertThat(p.exitValue()).as("npmi.py exit code").isZero();
            // Python's json writes NaN for a topic with fewer than two words.
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read npmi.py output", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
