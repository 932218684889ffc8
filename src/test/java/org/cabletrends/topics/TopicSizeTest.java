package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSizeTest {
    @Test
    void sharesOfTokenCounts() {
        assertThat(TopicSize.ofTokenCounts(new long[] {30, 10, 0, 60})).containsExactly(0.3, 0.1, 0.0, 0.6);
    }

    @Test
    void documentsWeightedByLengthOrCountedOnce() {
        List<double[]> theta = List.of(new double[] {1, 0}, new double[] {0.5, 0.5}, new double[] {0, 2});
        List<Double> byTokens = TopicSize.ofDocuments(theta, new long[] {100, 20, 80});
        assertThat(byTokens.get(0)).isCloseTo(110 / 200.0, within(1e-15));
        assertThat(byTokens.get(1)).isCloseTo(90 / 200.0, within(1e-15));
        List<Double> byDocs = TopicSize.ofDocuments(theta, null);
        assertThat(byDocs.get(0)).isCloseTo(1.5 / 3, within(1e-15));
        assertThat(byDocs.get(0) + byDocs.get(1)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThatThrownBy(() -> TopicSize.ofTokenCounts(new long[] {0, 0}))
                .hasMessageStartingWith("Invalid topic weights: they sum to 0.0");
        assertThatThrownBy(() -> TopicSize.ofWeights(new double[] {1, Double.NaN}))
                .hasMessageStartingWith("Invalid weight NaN of topic 1");
        assertThatThrownBy(() -> TopicSize.ofDocuments(List.of(new double[] {1}), new long[] {1, 2}))
                .hasMessageStartingWith("Invalid document lengths: 2 for 1 documents");
        assertThatThrownBy(() -> TopicSize.ofDocuments(List.of(new double[] {1}, new double[] {1, 2}), null))
                .hasMessageStartingWith("Invalid topic distribution of 2 topics, expected 1");
    }
}
