package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WarmStartTest {
    /** Word 0 only in topic 1, word 1 three times as likely in topic 0 as in topic 2, word 2 unknown. */
    static final double[][] TOPIC_WORD = {{0, 0.3, 0}, {0.5, 0, 0}, {0, 0.1, 0}};

    @Test
    void aTokenStartsInATopicWithProbabilityProportionalToItsWeight() {
        WarmStart warm = WarmStart.of(TOPIC_WORD);
        assertThat(warm.k()).isEqualTo(3);
        assertThat(warm.vocabSize()).isEqualTo(3);
        assertThat(warm.knownWords()).isEqualTo(2);
        Rng rng = new Rng(5);
        int[][] drawn = new int[3][3];
        for (int i = 0; i < 40_000; i++) {
            for (int w = 0; w < 3; w++) {
                drawn[w][warm.draw(w, rng)]++;
            }
        }
        assertThat(drawn[0]).containsExactly(0, 40_000, 0);
        assertThat(drawn[1][1]).isZero();
        assertThat(drawn[1][0] / (double) drawn[1][2]).isBetween(2.8, 3.2);
        for (int n : drawn[2]) {
            assertThat(n).isBetween(12_500, 14_200);
        }
    }

    @Test
    void theSameStreamGivesTheSameStart() {
        WarmStart warm = WarmStart.of(TOPIC_WORD);
        Rng a = new Rng(9);
        Rng b = new Rng(9);
        for (int i = 0; i < 1000; i++) {
            assertThat(warm.draw(i % 3, a)).isEqualTo(warm.draw(i % 3, b));
        }
    }

    @Test
    void badWeightsAreRejected() {
        assertThatThrownBy(() -> WarmStart.of(new double[][] {{1, -1}, {0, 1}}))
                .hasMessage("Invalid warm start weight -1.0 of word 1 in topic 0 (finite, >= 0, 2 words per topic)");
        assertThatThrownBy(() -> WarmStart.of(new double[][] {{1, 1}, {1}}))
                .hasMessageStartingWith("Invalid warm start weight NaN of word 0 in topic 1");
        assertThatThrownBy(() -> WarmStart.of(new double[][] {{1}}))
                .hasMessage("Invalid warm start: 1 topics (at least 2)");
    }
}
