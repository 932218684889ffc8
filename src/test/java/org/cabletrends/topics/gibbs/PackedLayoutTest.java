package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packed word–topic segments stay sorted and equal to the dense counts through random moves. */
class PackedLayoutTest {
    @Test
    void randomMovesKeepSegmentsSortedAndEqualToDenseCounts() {
        int k = 13;
        long[] frequency = {40, 1, 7, 13, 100};
        PackedLayout layout = PackedLayout.of(k, frequency);
        Random random = new Random(1);
        int[] dense = new int[frequency.length * k];
        for (int w = 0; w < frequency.length; w++) {
            for (int i = 0; i < frequency[w]; i++) {
                dense[w * k + random.nextInt(k)]++;
            }
        }
        int[] packed = layout.pack(dense);
        for (int step = 0; step < 20_000; step++) {
            int w = random.nextInt(frequency.length);
            int from = random.nextInt(k);
            if (dense[w * k + from] == 0) {
                continue;
            }
            int to = random.nextInt(k);
            layout.decrement(packed, w, from);
            layout.increment(packed, w, to);
            dense[w * k + from]--;
            dense[w * k + to]++;
            assertSegment(layout, packed, dense, w);
        }
    }

    @Test
    void segmentsHoldAtMostKOrFrequencyEntries() {
        PackedLayout layout = PackedLayout.of(4, new long[] {2, 0, 9});
        assertThat(layout.start).containsExactly(0, 2, 2, 6);
        assertThat(PackedLayout.topicBits(20)).isEqualTo(5);
        assertThat(PackedLayout.topicBits(16)).isEqualTo(4);
        assertThat(PackedLayout.topicBits(2)).isEqualTo(1);
    }

    @Test
    void aWordTooFrequentForItsCountBitsIsRefused() {
        assertThatThrownBy(() -> PackedLayout.of(1024, new long[] {1L << 21}))
                .hasMessageStartingWith("Cannot count 2097152 tokens of one word");
    }

    private static void assertSegment(PackedLayout layout, int[] packed, int[] dense, int w) {
        int[] row = new int[layout.k];
        layout.addWord(packed, w, 1, row, 0);
        for (int t = 0; t < layout.k; t++) {
            assertThat(row[t]).isEqualTo(dense[w * layout.k + t]);
        }
        for (int j = layout.start[w]; j + 1 < layout.start[w + 1]; j++) {
            assertThat(Integer.compareUnsigned(packed[j], packed[j + 1])).isGreaterThanOrEqualTo(0);
        }
    }
}
