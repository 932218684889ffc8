package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.cabletrends.cable.Cable;
import org.junit.jupiter.api.Test;

class ThemeScoresSparkTest {
    private static final StructType TAG = new StructType().add("code", DataTypes.StringType)
            .add("kind", DataTypes.StringType);
    private static final StructType CABLES = new StructType().add("refid", DataTypes.StringType)
            .add("subject", DataTypes.StringType).add("tags", DataTypes.createArrayType(TAG))
            .add("body", DataTypes.StringType);
    private static final StructType PARAGRAPHS = new StructType().add("refid", DataTypes.StringType)
            .add("number", DataTypes.IntegerType).add("text", DataTypes.StringType);

    @Test
    void cableThemesTableMatchesThePureJavaScores() {
        SparkSession spark = SparkTestSession.get();
        String p1 = "Internal migrants settled on the city edge.";
        String p2 = "Officials demolished illegal houses; NGOs objected.";
        Dataset<Row> cables = spark.createDataFrame(List.of(
                RowFactory.create("09TEST1", "Migration and housing", new Row[] {RowFactory.create("SMIG", "SUBJECT")},
                        p1 + "\n\n" + p2),
                RowFactory.create("09TEST2", "Trade talks", new Row[] {RowFactory.create("ETRD", "SUBJECT")},
                        "Tariffs.")), CABLES);
        Dataset<Row> paragraphs = spark.createDataFrame(List.of(RowFactory.create("09TEST1", 2, p2),
                RowFactory.create("09TEST1", 1, p1), RowFactory.create("09TEST2", 1, "Tariffs.")), PARAGRAPHS);

        Dataset<Row> out = ThemeScores.score(cables, paragraphs);
        assertThat(out.schema()).isEqualTo(ThemeScores.SCHEMA);
        List<Row> rows = out.orderBy("refid", "theme").collectAsList();

        Cable direct = TestCables.cable("Migration and housing", List.of("SMIG"), p1, p2);
        CableThemes expected = new ThemeMatcher(ThemeDefinitions.defaults()).match(direct);
        List<CableThemes.ThemeScore> nonEmpty = expected.scores().stream()
                .filter(s -> !s.evidence().isEmpty() || s.tagSignal()).sorted(
                        java.util.Comparator.comparing(CableThemes.ThemeScore::theme)).toList();
        assertThat(rows).extracting(r -> r.getString(0)).containsOnly("09TEST1");
        assertThat(rows).extracting(r -> r.getString(1))
                .containsExactlyElementsOf(nonEmpty.stream().map(CableThemes.ThemeScore::theme).toList());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            CableThemes.ThemeScore s = nonEmpty.get(i);
            assertThat(r.getDouble(2)).isEqualTo(s.hits());
            assertThat(r.getDouble(3)).isEqualTo(s.textScore());
            assertThat(r.getBoolean(4)).isEqualTo(s.tagSignal());
            assertThat(r.<Integer>getList(5)).isEqualTo(s.paragraphs());
            assertThat(r.<Row>getList(6)).extracting(e -> e.getInt(0) + ":" + e.getString(1))
                    .containsExactlyElementsOf(s.evidence().stream().map(e -> e.paragraph() + ":" + e.term())
                            .toList());
        }
        assertThat(rows).extracting(r -> r.getString(1)).contains("migration", "housing");
    }
}
