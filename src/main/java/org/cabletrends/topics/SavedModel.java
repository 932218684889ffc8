package org.cabletrends.topics;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cabletrends.config.TopicUnit;

/**
 * A topic model with what it takes to score new text like the run's own: vocabulary, phrases, display forms,
 * stable ids of its columns, the document unit.
 */
public record SavedModel(FittedModel model, List<String> vocabulary, Phrases phrases,
                         SortedMap<String, String> displayForms, TopicIds ids, TopicUnit unit) {
    public SavedModel {
        vocabulary = List.copyOf(vocabulary);
        displayForms = Collections.unmodifiableSortedMap(new TreeMap<>(displayForms));
    }
}
