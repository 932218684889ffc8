package org.cabletrends.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link Vectorize} made.
 *
 * @param features       refid, doc_id, features (term counts over {@code vocabulary}); every input document, also
 *                       those without a vocabulary term (an all-zero vector); not persisted
 * @param vocabulary     terms by index: most frequent first, ties by term
 * @param model          the CountVectorizerModel of that vocabulary (input {@code tokens}, output {@code features})
 * @param documents      input documents
 * @param emptyDocuments documents with no vocabulary term
 * @param tokens         tokens counted in the vectors (those in the vocabulary)
 */
public record Vectorized(Dataset<Row> features, List<String> vocabulary, CountVectorizerModel model, long documents,
                         long emptyDocuments, long tokens) {
    public Vectorized {
        vocabulary = List.copyOf(vocabulary);
    }

    /** Term → index, for {@link TokenVectors#counts}. */
    public Map<String, Integer> index() {
        return indexOf(vocabulary);
    }

    /** Term → its position in {@code terms} (distinct terms). */
    static Map<String, Integer> indexOf(List<String> terms) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            index.put(terms.get(i), i);
        }
        return Map.copyOf(index);
    }
}
