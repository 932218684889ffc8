package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicMatchingTest {
    private static final List<Integer> IDS = List.of(3, 7, 10, 11, 20, 21, 22, 30);

    /** Previous topics: peaked random distributions over 300 shared terms, scaled like counts. */
    private static List<TopicMatching.PreviousTopic> previous(Random random) {
        List<TopicMatching.PreviousTopic> topics = new ArrayList<>();
        for (int id : IDS) {
            topics.add(new TopicMatching.PreviousTopic(id, weights(TopicFixtures.peaked(random, 300), "t", 1000)));
        }
        return topics;
    }

    private static Map<String, Double> weights(double[] p, String prefix, double scale) {
        Map<String, Double> w = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            w.put(prefix + i, p[i] * scale);
        }
        return w;
    }

    /** (1 − noise)·topic + noise·another random distribution. */
    private static Map<String, Double> noisy(Map<String, Double> topic, double noise, Random random) {
        double[] other = TopicFixtures.peaked(random, 300);
        double total = topic.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < other.length; i++) {
            out.put("t" + i, (1 - noise) * topic.getOrDefault("t" + i, 0.0) / total + noise * other[i]);
        }
        return out;
    }

    private static List<Integer> permutation(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    @Test
    void permutedTopicsKeepTheirIdsAtDistanceZero() {
        List<TopicMatching.PreviousTopic> before = previous(new Random(1));
        List<Integer> order = permutation(before.size(), 2);
        List<Map<String, Double>> after = order.stream().map(i -> scaled(before.get(i).weights(), 0.37)).toList();
        TopicMatching.Result r = TopicMatching.match(before, after);
        for (int j = 0; j < after.size(); j++) {
            assertThat(r.topics().get(j).topicId()).isEqualTo(IDS.get(order.get(j)));
            assertThat(r.topics().get(j).distance()).isLessThan(1e-6);
        }
        assertThat(r.retiredIds()).isEmpty();
        assertThat(r.matched()).isEqualTo(IDS.size());
    }

    private static Map<String, Double> scaled(Map<String, Double> w, double factor) {
        Map<String, Double> out = new TreeMap<>();
        w.forEach((t, x) -> out.put(t, x * factor));
        return out;
    }

    @Test
    void noisyTopicsAreRecoveredAndFarOnesAreNot() {
        Random random = new Random(4);
        List<TopicMatching.PreviousTopic> before = previous(random);
        List<Integer> order = permutation(before.size(), 5);
        List<Map<String, Double>> after = order.stream().map(i -> noisy(before.get(i).weights(), 0.3, random))
                .toList();
        TopicMatching.Result r = TopicMatching.match(before, after);
        for (int j = 0; j < after.size(); j++) {
            assertThat(r.topics().get(j).topicId()).isEqualTo(IDS.get(order.get(j)));
            assertThat(r.topics().get(j).distance()).isBetween(0.05, TopicMatching.DEFAULT_MAX_DISTANCE);
        }
        // Mostly noise: the same pairing is optimal but too far to be the same topic.
        List<Map<String, Double>> far = order.stream().map(i -> noisy(before.get(i).weights(), 0.9, random))
                .toList();
        TopicMatching.Result none = TopicMatching.match(before, far);
        assertThat(none.nextId()).isEqualTo(39);
        assertThat(none.matched()).isZero();
        assertThat(none.retiredIds()).isEqualTo(IDS);
        assertThat(none.topics()).extracting(TopicMatching.Match::topicId).containsExactly(31, 32, 33, 34, 35, 36,
                37, 38);
    }

    @Test
    void moreTopicsGetFreshIdsInNewTopicOrder() {
        Random random = new Random(6);
        List<TopicMatching.PreviousTopic> before = previous(random);
        List<Map<String, Double>> after = new ArrayList<>();
        after.add(weights(TopicFixtures.peaked(random, 50), "other", 1)); // no shared terms: distance 1
        before.forEach(p -> after.add(p.weights()));
        after.add(3, weights(TopicFixtures.peaked(random, 50), "else", 1));
        TopicMatching.Result r = TopicMatching.match(before, after);
        assertThat(r.topics()).extracting(TopicMatching.Match::topicId)
                .containsExactly(31, 3, 7, 32, 10, 11, 20, 21, 22, 30);
        assertThat(r.topics().get(0).isNew()).isTrue();
        assertThat(r.topics().get(0).distance()).isNaN();
        assertThat(r.topics().get(3).isNew()).isTrue();
        assertThat(r.topics().get(1).distance()).isZero();
    }

    @Test
    void fewerTopicsRetireTheUnmatchedIds() {
        Random random = new Random(8);
        List<TopicMatching.PreviousTopic> before = previous(random);
        List<Map<String, Double>> after = List.of(before.get(5).weights(), before.get(1).weights());
        TopicMatching.Result r = TopicMatching.match(before, after);
        assertThat(r.topics()).extracting(TopicMatching.Match::topicId).containsExactly(21, 7);
        assertThat(r.retiredIds()).containsExactly(3, 10, 11, 20, 22, 30);
    }

    @Test
    void freshIdsStartAtTheFloorWhenItIsAboveThePreviousIds() {
        List<TopicMatching.PreviousTopic> before = List.of(new TopicMatching.PreviousTopic(4, Map.of("a", 1.0)));
        List<Map<String, Double>> after = List.of(Map.of("b", 1.0), Map.of("a", 2.0), Map.of("c", 1.0));
        TopicMatching.Result r = TopicMatching.match(before, after, 0.5, 9);
        assertThat(r.topics()).extracting(TopicMatching.Match::topicId).containsExactly(9, 4, 10);
        assertThat(r.nextId()).isEqualTo(11);
        assertThat(TopicMatching.match(before, after, 0.5, 2).topics()).extracting(TopicMatching.Match::topicId)
                .containsExactly(5, 4, 6);
        assertThatThrownBy(() -> TopicMatching.match(before, after, 0.5, -1))
                .hasMessageStartingWith("Invalid next topic id -1");
    }

    @Test
    void firstRunNumbersFromZero() {
        TopicMatching.Result r = TopicMatching.match(List.of(), List.of(Map.of("a", 1.0), Map.of("b", 1.0)));
        assertThat(r.topics()).extracting(TopicMatching.Match::topicId).containsExactly(0, 1);
        assertThat(r.topics()).allMatch(TopicMatching.Match::isNew);
        assertThat(r.nextId()).isEqualTo(2);
    }

    @Test
    void aCloseMatchIsNotTradedForTwoMediocreOnes() {
        // Plain least total would pair crosswise (0.45 + 0.45 < 0.1 + 0.9); with costs capped at the threshold,
        // the close pair is kept and the far one becomes new.
        double[][] d = {{0.1, 0.45}, {0.45, 0.9}};
        TopicMatching.Result r = TopicMatching.assign(List.of(5, 6), d, 2, 0.5, 0);
        assertThat(r.topics()).containsExactly(new TopicMatching.Match(0, 5, 0.1),
                new TopicMatching.Match(1, 7, Double.NaN));
        assertThat(r.retiredIds()).containsExactly(6);
    }

    @Test
    void thresholdIsInclusive() {
        double[][] d = {{0.5}};
        assertThat(TopicMatching.assign(List.of(0), d, 1, 0.5, 0).matched()).isEqualTo(1);
        assertThat(TopicMatching.assign(List.of(0), d, 1, 0.4999, 0).matched()).isZero();
    }

    @Test
    void deterministicWhateverTheMapOrder() {
        Random random = new Random(9);
        List<TopicMatching.PreviousTopic> before = previous(random);
        List<Map<String, Double>> after = before.stream().map(p -> noisy(p.weights(), 0.2, random)).toList();
        List<Map<String, Double>> sorted = after.stream().map(m -> (Map<String, Double>) new TreeMap<>(m)).toList();
        // Two identical new topics tie for one previous topic; ties resolve the same way every time.
        List<Map<String, Double>> twins = new ArrayList<>(after);
        twins.add(after.get(0));
        TopicMatching.Result a = TopicMatching.match(before, twins);
        List<Map<String, Double>> twinsSorted = new ArrayList<>(sorted);
        twinsSorted.add(sorted.get(0));
        assertThat(TopicMatching.match(before, twinsSorted)).isEqualTo(a);
        assertThat(TopicMatching.match(before, twins)).isEqualTo(a);
        assertThat(a.topics().get(0).topicId()).isEqualTo(3);
        assertThat(a.topics().get(8).topicId()).isEqualTo(31);
    }

    @Test
    void invalidInputsAreRejected() {
        List<TopicMatching.PreviousTopic> dup = List.of(new TopicMatching.PreviousTopic(1, Map.of("a", 1.0)),
                new TopicMatching.PreviousTopic(1, Map.of("b", 1.0)));
        assertThatThrownBy(() -> TopicMatching.match(dup, List.of()))
                .hasMessage("Invalid previous topics: id 1 appears twice");
        assertThatThrownBy(() -> TopicMatching.match(List.of(), List.of(), 1.5, 0))
                .hasMessageStartingWith("Invalid topic match distance 1.5");
        assertThatThrownBy(() -> new TopicMatching.PreviousTopic(-1, Map.of()))
                .hasMessageStartingWith("Invalid previous topic id -1");
        assertThatThrownBy(() -> TopicMatching.match(List.of(), List.of(Map.of("a", 0.0))))
                .hasMessageStartingWith("Invalid weights of new topic 0: total 0.0");
    }
}
