package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Vocabulary choice (min/max document frequency, size, order) and vectors of {@link Vectorize}. */
class VectorizeSparkTest {

    /** Ten documents: "common" in all, "grain" in 6 (twice each), "quota" in 5, "talks" in 5, "rare" in 1. */
    private static Dataset<Row> documents() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<String> tokens = new ArrayList<>(List.of("common"));
            if (i < 6) {
                tokens.addAll(List.of("grain", "grain"));
            }
            if (i < 5) {
                tokens.add("quota");
            }
            if (i >= 5) {
                tokens.add("talks");
            }
            if (i == 9) {
                tokens.add("rare");
            }
            rows.add(RowFactory.create("09TEST" + i, "09TEST" + i, tokens.toArray(String[]::new)));
        }
        return SparkTestSession.get().createDataFrame(rows, PrepareTokens.DOCUMENTS);
    }

    @Test
    void vocabularyKeepsDocumentFrequenciesInBoundsMostFrequentFirstTiesByToken() throws Exception {
        Vectorized v = Vectorize.of(100, 2, 0.6).execute(documents());
        // common (10 docs) > 0.6 × 10; rare (1 doc) < 2; grain tf 12; quota and talks tf 5, ordered by token.
        assertThat(v.vocabulary()).containsExactly("grain", "quota", "talks");
        assertThat(v.documents()).isEqualTo(10);
        assertThat(v.emptyDocuments()).isZero();
        assertThat(v.tokens()).isEqualTo(22);
    }

    @Test
    void fractionalMinDfAndVocabularySizeCut() throws Exception {
        assertThat(Vectorize.of(100, 0.55, 1.0).execute(documents()).vocabulary()).containsExactly("grain", "common");
        assertThat(Vectorize.of(2, 1, 1.0).execute(documents()).vocabulary()).containsExactly("grain", "common");
        Vectorized narrow = Vectorize.of(1, 1, 0.5).execute(documents());
        assertThat(narrow.vocabulary()).containsExactly("quota");
        assertThat(narrow.emptyDocuments()).isEqualTo(5);
    }

    @Test
    void mllibVectorsEqualTheStageTermCounts() throws Exception {
        Vectorized v = Vectorize.of(100, 2, 0.6).execute(documents());
        Map<String, Integer> index = v.index();
        for (Row r : v.features().join(documents(), "doc_id").collectAsList()) {
            Vector features = r.getAs("features");
            assertThat(features).isEqualTo(TokenVectors.counts(r.getList(r.fieldIndex("tokens")), index, index.size()));
        }
        assertThat(TokenVectors.counts(List.of("grain", "grain", "rare"), index, index.size()).toArray())
                .containsExactly(2.0, 0.0, 0.0);
    }

    @Test
    void invalidBoundsAreRejected() {
        assertThatThrownBy(() -> Vectorize.of(0, 1, 1)).hasMessageStartingWith("Invalid vocabulary size");
        assertThatThrownBy(() -> Vectorize.of(10, 0, 1)).hasMessageStartingWith("Invalid min_df");
        assertThatThrownBy(() -> Vectorize.of(10, 1, 1.5)).hasMessageStartingWith("Invalid max_df");
    }
}
