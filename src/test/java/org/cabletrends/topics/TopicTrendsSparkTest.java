package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** topic_trends on five invented cables at two posts, two months, topics 4 and 9. */
class TopicTrendsSparkTest {
    static final StructType CABLES = new StructType().add("refid", DataTypes.StringType).add("origin", DataTypes.StringType)
            .add("year", DataTypes.IntegerType).add("month", DataTypes.IntegerType);
    static List<Row> rows;

    @BeforeAll
    static void build() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> cables = spark.createDataFrame(List.of(
                RowFactory.create("08A1", "Embassy Oslo", 2008, 1),
                RowFactory.create("08A2", "Embassy Oslo", 2008, 1),
                RowFactory.create("08A3", "Embassy Oslo", 2008, 2),
                RowFactory.create("08B1", null, 2008, 1),
                RowFactory.create("08B2", "Embassy Oslo", 2008, null),
                RowFactory.create("08C1", "Embassy Oslo", 2008, 2)), CABLES);
        Dataset<Row> docTopics = spark.createDataFrame(List.of(
                doc("08A1", 0.9, 0.1), doc("08A2", 0.3, 0.7), doc("08A3", 0.5, 0.5),
                doc("08B1", 0.2, 0.8), doc("08B2", 1.0, 0.0)), TopicSchemas.DOC_TOPICS);
        rows = TopicTrends.of(cables, docTopics, List.of(4, 9), 0.5, 2).collectAsList();
    }

    static Row doc(String refid, double a, double b) {
        return RowFactory.create(refid, refid, 1, 10L, new Double[] {a, b}, a >= b ? 4 : 9, Math.max(a, b));
    }

    static Row cell(String level, Integer month, String post, int topic) {
        List<Row> found = rows.stream().filter(r -> r.getString(0).equals(level) && java.util.Objects.equals(
                r.isNullAt(2) ? null : r.getInt(2), month) && java.util.Objects.equals(r.isNullAt(3) ? null : r.getString(3), post)
                && r.getInt(4) == topic).toList();
        assertThat(found).as(level + " " + month + " " + post + " " + topic).hasSize(1);
        return found.get(0);
    }

    @Test
    void monthCellsCountCablesAboveTheThresholdAndSumWeights() {
        Row oslo = cell("month", 1, "Embassy Oslo", 4);
        assertThat(oslo.getLong(5)).isEqualTo(2);
        assertThat(oslo.getLong(6)).isEqualTo(1);
        assertThat(oslo.getDouble(7)).isCloseTo(1.2, within(1e-9));
        assertThat(oslo.getDouble(8)).isEqualTo(0.5);
        assertThat(oslo.getBoolean(9)).isFalse();
        Row unknown = cell("month", 1, TopicTrends.UNKNOWN_POST, 9);
        assertThat(unknown.getLong(6)).isEqualTo(1);
        assertThat(unknown.getBoolean(9)).isTrue();
    }

    @Test
    void aCableWithoutTopicsCountsInCablesOnly() {
        Row feb = cell("month", 2, "Embassy Oslo", 9);
        assertThat(feb.getLong(5)).isEqualTo(2);
        assertThat(feb.getLong(6)).isEqualTo(1);
        assertThat(feb.getDouble(8)).isEqualTo(0.5);
    }

    @Test
    void allPostsRowsAreTheSumsOfThePostRows() {
        for (String level : List.of("month", "year")) {
            Map<String, List<Row>> byCell = rows.stream().filter(r -> r.getString(0).equals(level))
                    .collect(Collectors.groupingBy(r -> r.get(1) + "-" + r.get(2) + "-" + r.get(4)));
            byCell.values().forEach(cell -> {
                Row all = cell.stream().filter(r -> r.isNullAt(3)).findFirst().orElseThrow();
                List<Row> posts = cell.stream().filter(r -> !r.isNullAt(3)).toList();
                assertThat(all.getLong(5)).isEqualTo(posts.stream().mapToLong(r -> r.getLong(5)).sum());
                assertThat(all.getLong(6)).isEqualTo(posts.stream().mapToLong(r -> r.getLong(6)).sum());
                assertThat(all.getDouble(7)).isCloseTo(posts.stream().mapToDouble(r -> r.getDouble(7)).sum(), within(1e-9));
            });
        }
    }

    @Test
    void yearCellsIncludeCablesWithoutAMonth() {
        Row year = cell("year", null, "Embassy Oslo", 4);
        assertThat(year.getLong(5)).isEqualTo(5);
        assertThat(year.getLong(6)).isEqualTo(3);
        assertThat(year.getDouble(7)).isCloseTo(2.7, within(1e-9));
        assertThat(rows.stream().filter(r -> r.getString(0).equals("month"))).allMatch(r -> !r.isNullAt(2));
    }
}
