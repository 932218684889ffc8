package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicIdsTest {
    @Test
    void firstRunNumbersTopicsBySizeLargestFirst() {
        TopicIds ids = TopicIds.bySize(new double[] {5, 50, 5, 20});
        assertThat(ids.idOfColumn()).containsExactly(2, 0, 3, 1);
        assertThat(ids.nextId()).isEqualTo(4);
        assertThat(ids.ids()).containsExactly(0, 1, 2, 3);
        assertThat(ids.columnsInIdOrder()).containsExactly(1, 3, 0, 2);
    }

    @Test
    void columnsInIdOrderFollowGappedIds() {
        TopicIds ids = new TopicIds(List.of(7, 2, 11), 12);
        assertThat(ids.ids()).containsExactly(2, 7, 11);
        assertThat(ids.columnsInIdOrder()).containsExactly(1, 0, 2);
    }

    @Test
    void rejectsDuplicateIdsAndAUsedNextId() {
        assertThatThrownBy(() -> new TopicIds(List.of(1, 1), 2)).hasMessageStartingWith("Invalid topic ids");
        assertThatThrownBy(() -> new TopicIds(List.of(0, 4), 4)).hasMessageStartingWith("Invalid next topic id 4");
    }

    @Test
    void fitPartitionsAreTheCoresOfALocalMaster() {
        assertThat(FitPartitions.cores("local[2]", 8)).isEqualTo(2);
        assertThat(FitPartitions.cores("local[3,2]", 8)).isEqualTo(3);
        assertThat(FitPartitions.cores("local", 8)).isEqualTo(1);
        assertThat(FitPartitions.cores("local[*]", 8)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(FitPartitions.cores("yarn", 8)).isEqualTo(8);
    }
}
