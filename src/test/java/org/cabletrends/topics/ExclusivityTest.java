package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExclusivityTest {
    @Test
    void disjointTopicsAreFullyExclusiveAndIdenticalOnesAreOneOverK() {
        double[][] disjoint = {{5, 3, 0, 0}, {0, 0, 1, 1}};
        assertThat(Exclusivity.of(disjoint, 2)).containsExactly(1.0, 1.0);
        double[][] same = {{1, 2, 3}, {10, 20, 30}, {0.1, 0.2, 0.3}};
        assertThat(Exclusivity.of(same, 2)).allSatisfy(x -> assertThat(x).isCloseTo(1 / 3.0, within(1e-15)));
    }

    @Test
    void meanOfTopicShareOverTopWords() {
        // Topic 0 puts 0.6 on a and 0.4 on b; topic 1 0.2 on a, 0.8 on c. Top 2 of topic 0: a, b.
        double[][] phi = {{0.6, 0.4, 0}, {0.2, 0, 0.8}};
        List<Double> e = Exclusivity.of(phi, 2);
        assertThat(e.get(0)).isCloseTo((0.6 / 0.8 + 1.0) / 2, within(1e-15));
        assertThat(e.get(1)).isCloseTo((1.0 + 0.2 / 0.8) / 2, within(1e-15));
        // Sharing a's mass makes topic 0 less exclusive than when topic 1 leaves a alone.
        assertThat(Exclusivity.of(new double[][] {{0.6, 0.4, 0}, {0, 0, 1}}, 2).get(0)).isGreaterThan(e.get(0));
    }

    @Test
    void mapsAgreeWithTheDenseMatrixAndTiesAreByIndex() {
        List<Map<String, Double>> topics = List.of(Map.of("a", 6.0, "b", 4.0), Map.of("a", 2.0, "c", 8.0));
        assertThat(Exclusivity.of(topics, 2)).isEqualTo(Exclusivity.of(new double[][] {{6, 4, 0}, {2, 0, 8}}, 2));
        assertThat(Exclusivity.topTerms(new double[] {1, 3, 3, 0, 3}, 3)).containsExactly(1, 2, 4);
    }

    @Test
    void invalidMatricesAreRejected() {
        assertThatThrownBy(() -> Exclusivity.of(new double[][] {{1, 2}, {1}}, 1))
                .hasMessageStartingWith("Invalid topic-term matrix: topic 1 has 1 terms");
        assertThatThrownBy(() -> Exclusivity.of(new double[][] {{0, 0}}, 1))
                .hasMessageStartingWith("Invalid topic 0: its weights sum to 0.0");
        assertThatThrownBy(() -> Exclusivity.of(new double[][] {{-1, 2}}, 1))
                .hasMessageStartingWith("Invalid weight -1.0 in topic 0");
        assertThatThrownBy(() -> Exclusivity.of(new double[][] {{1}}, 0))
                .hasMessageStartingWith("Invalid exclusivity top 0");
    }
}
