package org.cabletrends.topics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Stable ids of a new model's topics: matched against the previous run's topics ({@link PreviousTopics},
 * {@link TopicMatching}: Jensen–Shannon distance over the union vocabulary, Hungarian assignment, a match only within
 * {@code topics_match_distance}); without a previous run, ids 0..k-1 by topic size.
 *
 * @param ids      stable id of each model column
 * @param topics   per model column: match details
 * @param previous the previous topics folder, or empty
 * @param retired  previous ids no new topic kept, ascending
 */
record TopicIdentity(TopicIds ids, List<Link> topics, Optional<String> previous, List<Integer> retired) {
    /**
     * @param matched         whether the topic kept a previous id
     * @param previousTopicId the nearest previous topic (the one whose id it kept when matched); null without a previous run
     * @param distance        JS distance to that topic; null without a previous run
     */
    record Link(boolean matched, Integer previousTopicId, Double distance) {
    }

    TopicIdentity {
        topics = List.copyOf(topics);
        retired = List.copyOf(retired);
    }

    long matched() {
        return topics.stream().filter(Link::matched).count();
    }

    /** Ids against the previous run found by {@link PreviousTopics#load} (empty for a first run). */
    static TopicIdentity assign(Configuration conf, Optional<PreviousTopics.Found> found, double maxDistance,
                                double[][] topicTerms, List<String> vocabulary, double[] sizes) throws IOException {
        Optional<String> previous = found.map(PreviousTopics.Found::topics);
        if (found.isEmpty()) {
            List<Link> none = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                none.add(new Link(false, null, null));
            }
            return new TopicIdentity(TopicIds.bySize(sizes), none, previous, List.of());
        }
        SavedModel before = found.get().model();
        List<TopicMatching.PreviousTopic> prev = previousTopics(before);
        List<Map<String, Double>> current = weights(topicTerms, vocabulary);
        TopicMatching.Result result = TopicMatching.match(prev, current, maxDistance);
        double[][] distance = TopicMatching.distances(prev, current);
        int next = Math.max(before.ids().nextId(), PreviousTopics.nextTopicId(conf, previous.get()));
        return fromMatches(result, prev, distance, next, previous);
    }

    private static TopicIdentity fromMatches(TopicMatching.Result result, List<TopicMatching.PreviousTopic> prev,
                                             double[][] distance, int nextId, Optional<String> previous) {
        int fresh = prev.stream().mapToInt(TopicMatching.PreviousTopic::id).max().orElse(-1) + 1;
        int offset = Math.max(0, nextId - fresh);
        List<Integer> ids = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (TopicMatching.Match m : result.topics()) {
            int nearest = 0;
            for (int i = 1; i < prev.size(); i++) {
                if (distance[i][m.topic()] < distance[nearest][m.topic()]) {
                    nearest = i;
                }
            }
            // Ids of topics retired in earlier runs are never handed out again.
            ids.add(m.isNew() ? m.topicId() + offset : m.topicId());
            links.add(m.isNew()
                    ? new Link(false, prev.get(nearest).id(), distance[nearest][m.topic()])
                    : new Link(true, m.topicId(), m.distance()));
        }
        int max = ids.stream().mapToInt(Integer::intValue).max().orElse(-1);
        return new TopicIdentity(new TopicIds(ids, Math.max(nextId, max + 1)), links, previous, result.retiredIds());
    }

    private static List<TopicMatching.PreviousTopic> previousTopics(SavedModel before) {
        double[][] terms = before.model().topicTerms();
        List<Map<String, Double>> w = weights(terms, before.vocabulary());
        List<TopicMatching.PreviousTopic> out = new ArrayList<>();
        for (int c = 0; c < terms.length; c++) {
            out.add(new TopicMatching.PreviousTopic(before.ids().id(c), w.get(c)));
        }
        return out;
    }

    private static List<Map<String, Double>> weights(double[][] topicTerms, List<String> vocabulary) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (double[] row : topicTerms) {
            Map<String, Double> m = new HashMap<>();
            for (int w = 0; w < row.length; w++) {
                if (row[w] > 0) {
                    m.put(vocabulary.get(w), row[w]);
                }
            }
            out.add(m);
        }
        return out;
    }
}
