package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class DocTopicsTest {
    @Test
    void dominantTopicIsTheLargestWeightTiesToTheSmallerId() {
        Row r = DocTopics.row(new DocTopics.Scored("08X1", "08X1", 1, 10, new double[] {0.2, 0.4, 0.4}), List.of(3, 5, 9));
        assertThat(r.getInt(5)).isEqualTo(5);
        assertThat(r.getDouble(6)).isEqualTo(0.4);
    }

    @Test
    void aCableOfParagraphsIsTheirTokenWeightedMean() {
        DocTopics.Scored a = new DocTopics.Scored("08X1", "08X1#1", 1, 30, new double[] {1.0, 0.0});
        DocTopics.Scored b = new DocTopics.Scored("08X1", "08X1#2", 1, 10, new double[] {0.0, 1.0});
        DocTopics.Scored cable = DocTopics.cable("08X1", List.of(b, a));
        assertThat(cable.docId()).isEqualTo("08X1");
        assertThat(cable.documents()).isEqualTo(2);
        assertThat(cable.tokens()).isEqualTo(40);
        assertThat(cable.distribution()[0]).isCloseTo(0.75, within(1e-12));
        assertThat(cable.distribution()[1]).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void reorderPutsColumnsInIdOrder() {
        assertThat(DocTopics.reorder(new double[] {0.1, 0.2, 0.7}, new int[] {2, 0, 1})).containsExactly(0.7, 0.1, 0.2);
    }
}
