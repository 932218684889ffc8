package org.cabletrends.topics;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cabletrends.config.TopicUnit;

/**
 * What {@link PrepareTokens} made.
 *
 * @param documents      schema {@link PrepareTokens#DOCUMENTS} (refid, doc_id, tokens), sorted by text order, no
 *                       empty document; persisted (MEMORY_AND_DISK): {@code unpersist()} it when done
 * @param phrases        the phrase list merged into the tokens (empty when phrases are off)
 * @param displayForms   every token of the corpus → its display string (the most frequent surface form; for a
 *                       phrase token {@code a_b}, the most frequent surface pair, e.g. {@code "human rights"})
 * @param emptyDocuments documents left out because no token was left (cables or paragraphs)
 * @param tokens         tokens over all documents
 * @param distinctTokens distinct tokens (the size of {@code displayForms})
 */
public record PreparedTokens(TopicUnit unit, Dataset<Row> documents, Phrases phrases,
                             SortedMap<String, String> displayForms, long documentCount, long emptyDocuments,
                             long tokens, long distinctTokens) {
    public PreparedTokens {
        displayForms = Collections.unmodifiableSortedMap(new TreeMap<>(displayForms));
    }

    /** The display string of a token: its display form, or the token itself when unknown. */
    public String display(String token) {
        return displayForms.getOrDefault(token, token);
    }
}
