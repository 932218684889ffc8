package org.cabletrends.topics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link RunTopics} made, as written to {@code topics/manifest.json}.
 *
 * @param topicsDir      the committed {@code <run>/topics} folder
 * @param source         {@code paragraphs} or {@code tokens_file}
 * @param documents      documents made from the input (cables, or paragraphs, with text), empty ones included
 * @param emptyDocuments of them, documents without any token (preparation) or without a vocabulary token (vectors);
 *                       the others are fitted and have doc_topics rows
 * @param tokens         vocabulary tokens of the fitted documents
 * @param topicIds       stable ids, ascending: the order of {@code doc_topics.distribution}
 * @param previous       the previous topics folder the ids were matched against, or null
 * @param likelihood     the model's log-likelihood and the documents it was computed on
 * @param rows           rows per table written
 */
public record TopicsResult(String runDir, String topicsDir, String source, String optimizer, int k, int iterations,
                           long documents, long emptyDocuments, long tokens, int vocabularySize, int phrases,
                           List<Integer> topicIds, int nextTopicId, String previous, long matched,
                           List<Integer> retired, double meanNpmi, double meanUmass,
                           TopicQuality.Likelihood likelihood, Map<String, Long> rows, Map<String, Double> stageSeconds,
                           Instant startedAt, Instant finishedAt) {
    public TopicsResult {
        topicIds = List.copyOf(topicIds);
        retired = List.copyOf(retired);
        rows = Map.copyOf(rows);
        stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
    }

    /** One line for the console. */
    public String summary() {
        return String.format("Topics: %s k=%d, %,d documents (%,d empty), vocabulary %,d, mean NPMI %.3f, "
                        + "%d of %d ids kept from %s, written to %s",
                optimizer, k, documents, emptyDocuments, vocabularySize, meanNpmi, matched, k,
                previous == null ? "(no previous run)" : previous, topicsDir);
    }
}
