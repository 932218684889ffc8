package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stable topic ids across runs (docs/TOPICS.md, "Quality and identity"). The previous run's topics (stable ids) and
 * the new run's (by index) are compared by Jensen–Shannon distance (base 2, √JSD, in [0, 1]) of their term
 * distributions over the union vocabulary; the Hungarian algorithm pairs them at least total cost, where a pair
 * farther than {@code maxDistance} costs the same as no match (so a distant pair is never forced in to rescue a
 * total); a pair is accepted when its distance ≤ {@code maxDistance}. Matched new topics keep the previous id;
 * the others get fresh ids in new-topic order, from max(max previous id + 1, {@code nextId}) upward, where
 * {@code nextId} is the previous run's {@link Result#nextId} (so an id retired two runs ago is never reused).
 * To number a first run's topics by size, pass them sorted by size. Deterministic for equal inputs.
 */
public final class TopicMatching {
    /**
     * Default {@code maxDistance}: √JSD 0.5 is JSD 0.25 bits, the divergence of two topics that put 75% of their
     * mass on the same distribution and the other 25% on disjoint words. Between MALLET runs with different seeds
     * on the reference corpus no different topic came nearer than 0.62 (docs/TOPICS.md), so 0.5 never continues
     * an id onto another topic.
     */
    public static final double DEFAULT_MAX_DISTANCE = 0.5;
    /** Breaks ties between capped costs toward the closer pair without changing which matches are optimal. */
    private static final double TIE_BREAK = 1e-6;

    /** A topic of the previous run: its stable id and term weights (any scale; normalized here). */
    public record PreviousTopic(int id, Map<String, Double> weights) {
        public PreviousTopic {
            if (id < 0) {
                throw new IllegalArgumentException("Invalid previous topic id " + id + ": must be non-negative");
            }
            weights = Map.copyOf(weights);
        }
    }

    /**
     * The identity of one new topic.
     *
     * @param topic    index of the topic in the new run
     * @param topicId  its stable id: the matched previous id, or a fresh one
     * @param distance JS distance to the matched previous topic; NaN for a new topic (write it as null)
     */
    public record Match(int topic, int topicId, double distance) {
        public boolean isNew() {
            return Double.isNaN(distance);
        }
    }

    /**
     * @param topics     one per new topic, in new-topic order
     * @param retiredIds previous ids no new topic took, ascending
     * @param nextId     the least id this run and the runs before it never used: the next run's {@code nextId}
     */
    public record Result(List<Match> topics, List<Integer> retiredIds, double maxDistance, int nextId) {
        public Result {
            topics = List.copyOf(topics);
            retiredIds = List.copyOf(retiredIds);
        }

        public long matched() {
            return topics.stream().filter(m -> !m.isNew()).count();
        }
    }

    private TopicMatching() {
    }

    /** Matching with the default distance and no id floor beyond the previous ids. */
    public static Result match(List<PreviousTopic> previous, List<? extends Map<String, Double>> current) {
        return match(previous, current, DEFAULT_MAX_DISTANCE, 0);
    }

    /** Matching with no id floor beyond the previous ids. */
    public static Result match(List<PreviousTopic> previous, List<? extends Map<String, Double>> current,
                               double maxDistance) {
        return match(previous, current, maxDistance, 0);
    }

    /**
     * @param previous    the previous run's topics (empty for a first run)
     * @param current     the new run's topics by index: term → weight (any scale)
     * @param maxDistance the largest JS distance accepted as the same topic, in [0, 1]
     * @param nextId      the previous run's {@link Result#nextId} (0 when unknown)
     */
    public static Result match(List<PreviousTopic> previous, List<? extends Map<String, Double>> current,
                               double maxDistance, int nextId) {
        if (!(maxDistance >= 0 && maxDistance <= 1)) {
            throw new IllegalArgumentException("Invalid topic match distance " + maxDistance + ": must be in [0, 1]");
        }
        if (nextId < 0) {
            throw new IllegalArgumentException("Invalid next topic id " + nextId + ": must be non-negative");
        }
        checkIds(previous);
        List<Integer> ids = previous.stream().map(PreviousTopic::id).toList();
        return assign(ids, distances(previous, current), current.size(), maxDistance, nextId);
    }

    /** Ids for {@code columns} new topics given the distances (previous ids by rows, new topics by columns). */
    static Result assign(List<Integer> previousIds, double[][] distance, int columns, double maxDistance,
                         int nextId) {
        double[][] cost = new double[distance.length][columns];
        for (int i = 0; i < cost.length; i++) {
            for (int j = 0; j < columns; j++) {
                cost[i][j] = Math.min(distance[i][j], maxDistance) + TIE_BREAK * distance[i][j];
            }
        }
        int[] assigned = Hungarian.assign(cost);
        Integer[] matchedRow = new Integer[columns];
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0 && distance[i][assigned[i]] <= maxDistance) {
                matchedRow[assigned[i]] = i;
            }
        }
        int next = Math.max(nextId, previousIds.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
        List<Match> matches = new ArrayList<>();
        Set<Integer> kept = new HashSet<>();
        for (int j = 0; j < columns; j++) {
            Integer i = matchedRow[j];
            matches.add(i == null ? new Match(j, next++, Double.NaN)
                    : new Match(j, previousIds.get(i), distance[i][j]));
            if (i != null) {
                kept.add(previousIds.get(i));
            }
        }
        TreeSet<Integer> retired = new TreeSet<>(previousIds);
        retired.removeAll(kept);
        return new Result(matches, List.copyOf(retired), maxDistance, next);
    }

    /** JS distances, previous topics by rows, new by columns. */
    static double[][] distances(List<PreviousTopic> previous, List<? extends Map<String, Double>> current) {
        TreeSet<String> union = new TreeSet<>();
        previous.forEach(p -> union.addAll(p.weights().keySet()));
        current.forEach(c -> union.addAll(c.keySet()));
        Map<String, Integer> ids = new TreeMap<>();
        union.forEach(t -> ids.put(t, ids.size()));
        List<JensenShannon.Sparse> before = previous.stream()
                .map(p -> JensenShannon.sparse(p.weights(), ids, "previous topic id " + p.id())).toList();
        List<JensenShannon.Sparse> after = new ArrayList<>();
        for (int j = 0; j < current.size(); j++) {
            after.add(JensenShannon.sparse(current.get(j), ids, "new topic " + j));
        }
        double[][] d = new double[before.size()][after.size()];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d[i].length; j++) {
                d[i][j] = JensenShannon.distance(before.get(i), after.get(j));
            }
        }
        return d;
    }

    private static void checkIds(List<PreviousTopic> previous) {
        Set<Integer> seen = new HashSet<>();
        for (PreviousTopic p : previous) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("Invalid previous topics: id " + p.id() + " appears twice");
            }
        }
    }
}
