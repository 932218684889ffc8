package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

class TokenVectorsTest {
    private static final Map<String, Integer> INDEX = Vectorized.indexOf(List.of("wheat", "grain", "quota", "port"));

    @Test
    void countsVocabularyTermsWithIndicesAscendingWhateverTheirOrderInTheText() {
        SparseVector v = TokenVectors.counts(List.of("port", "unknown", "grain", "port", "wheat", "port"), INDEX, 4)
                .toSparse();
        assertThat(v.indices()).containsExactly(0, 1, 3);
        assertThat(v.values()).containsExactly(1.0, 1.0, 3.0);
        assertThat(v.size()).isEqualTo(4);
    }

    @Test
    void aDocumentWithoutVocabularyTermsIsAnEmptyVectorOfTheVocabularySize() {
        assertThat(TokenVectors.counts(List.of("unknown", "other"), INDEX, 4)).isEqualTo(Vectors.sparse(4,
                new int[0], new double[0]));
        assertThat(TokenVectors.counts(List.of(), INDEX, 4).numNonzeros()).isZero();
    }
}
