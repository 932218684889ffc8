package org.cabletrends.topics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link ScoreCables} made.
 *
 * @param docTopics      doc_topics rows (schema {@link TopicSchemas#DOC_TOPICS}), sorted by refid, persisted
 * @param cables         rows of {@code docTopics}
 * @param documents      documents made from the inputs (cables, or paragraphs for a paragraph model)
 * @param emptyDocuments documents without any token of the model's vocabulary (not scored)
 */
public record ScoreResult(Dataset<Row> docTopics, long cables, long documents, long emptyDocuments) {
}
