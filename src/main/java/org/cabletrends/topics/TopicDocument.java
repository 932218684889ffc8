package org.cabletrends.topics;

import java.util.List;

/**
 * One topic-model document: the cable's {@code refid}, its {@code doc_id} ({@code refid} for unit cable,
 * {@code refid#number} for unit paragraph) and its tokens (stems and phrase tokens) in text order.
 */
public record TopicDocument(String refid, String docId, List<String> tokens) {
    public TopicDocument {
        tokens = List.copyOf(tokens);
    }
}
