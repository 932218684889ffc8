package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The driver-side levels of topic_trends: zero rows, year sums with month-less cables, all-posts rows, order. */
class TopicTrendCellsTest {
    /** Topic columns 0 and 1 carry stable ids 9 and 4, so rows must come out with id 4 first. */
    static final List<Integer> IDS = List.of(9, 4);

    static List<Row> rows() {
        TopicTrendCells cells = new TopicTrendCells(2);
        cells.cables(2008, 2, "Oslo", 3);
        cells.cables(2008, 1, "Oslo", 2);
        cells.cables(2008, null, "Oslo", 1);
        cells.cables(2008, 1, "Bern", 1);
        cells.topic(2008, 1, "Oslo", 0, 1_500_000_000L, 1);
        cells.topic(2008, 1, "Oslo", 1, 500_000_000L, 1);
        cells.topic(2008, null, "Oslo", 1, 1_000_000_000L, 1);
        return cells.rows(IDS, 2);
    }

    static String key(Row r) {
        return r.getString(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4);
    }

    @Test
    void rowsComeInTableOrderWithAllPostsFirstAndAscendingIds() {
        assertThat(rows().stream().map(TopicTrendCellsTest::key).toList()).containsExactly(
                "month 2008 1 null 4", "month 2008 1 null 9", "month 2008 1 Bern 4", "month 2008 1 Bern 9",
                "month 2008 1 Oslo 4", "month 2008 1 Oslo 9", "month 2008 2 null 4", "month 2008 2 null 9",
                "month 2008 2 Oslo 4", "month 2008 2 Oslo 9", "year 2008 null null 4", "year 2008 null null 9",
                "year 2008 null Bern 4", "year 2008 null Bern 9", "year 2008 null Oslo 4", "year 2008 null Oslo 9");
    }

    @Test
    void cellsWithoutTopicSumsAreZeroRowsAndSmallCountsAreFlagged() {
        Row feb = rows().get(8);
        assertThat(feb.getLong(5)).isEqualTo(3);
        assertThat(feb.getLong(6)).isZero();
        assertThat(feb.getDouble(7)).isZero();
        assertThat(feb.getBoolean(9)).isFalse();
        assertThat(rows().get(2).getBoolean(9)).as("Bern has one cable, below 2").isTrue();
    }

    @Test
    void yearRowsAddEveryMonthAndTheCablesWithoutOne() {
        Row osloId4 = rows().get(14);
        assertThat(osloId4.getLong(5)).isEqualTo(6);
        assertThat(osloId4.getLong(6)).isEqualTo(2);
        assertThat(osloId4.getDouble(7)).isEqualTo(1.5);
        assertThat(osloId4.getDouble(8)).isEqualTo(2.0 / 6);
        Row allId9 = rows().get(11);
        assertThat(allId9.getLong(5)).isEqualTo(7);
        assertThat(allId9.getDouble(7)).isEqualTo(1.5);
    }
}
