package org.cabletrends.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The planted topics of a synthetic corpus (ground-truth-summary.json) as distributions over model tokens, and how
 * well a model recovers them. Definition (docs/TOPICS.md, "Synthetic recovery"): a planted word becomes the token the
 * text preparation makes of it (its Porter stem; a word the preparation drops, e.g. a stop word, is left out) and
 * planted probabilities of words with the same token add up. U is the set of tokens that belong to exactly one
 * planted topic. The planted topic t is P_t restricted to U and renormalised; a fitted topic j is its term
 * distribution restricted to U and renormalised, Q_j. Recovery of t = max_j (1 − JSD(P_t, Q_j)), JSD the
 * Jensen–Shannon distance (base 2, square root of the divergence, in [0, 1]). Restricting to U leaves out the
 * template and background vocabulary every cable shares, which no topic model should be asked to assign.
 */
record PlantedTopics(List<String> names, List<Map<String, Double>> distributions) {

    static PlantedTopics read(Path summary) throws IOException {
        JsonNode root = new ObjectMapper().readTree(summary.toFile());
        List<String> names = new ArrayList<>();
        List<Map<String, Double>> byToken = new ArrayList<>();
        Map<String, Integer> owners = new HashMap<>();
        for (JsonNode topic : root.path("topics")) {
            names.add(topic.path("name").asText());
            Map<String, Double> p = new TreeMap<>();
            for (JsonNode w : topic.path("words")) {
                List<Token> tokens = TopicText.tokens(w.path("word").asText());
                if (tokens.size() == 1) {
                    p.merge(tokens.get(0).stem(), w.path("p").asDouble(), Double::sum);
                }
            }
            p.keySet().forEach(t -> owners.merge(t, 1, Integer::sum));
            byToken.add(p);
        }
        List<Map<String, Double>> unique = new ArrayList<>();
        for (Map<String, Double> p : byToken) {
            Map<String, Double> u = new TreeMap<>();
            p.forEach((t, x) -> {
                if (owners.get(t) == 1) {
                    u.put(t, x);
                }
            });
            unique.add(u);
        }
        return new PlantedTopics(List.copyOf(names), List.copyOf(unique));
    }

    /** U: the tokens of exactly one planted topic, sorted. */
    List<String> tokens() {
        TreeSet<String> all = new TreeSet<>();
        distributions.forEach(d -> all.addAll(d.keySet()));
        return List.copyOf(all);
    }

    /** Recovery of each planted topic by the best of the fitted topics ({@code [k][vocabulary]} over {@code vocabulary}). */
    double[] recovery(double[][] fitted, List<String> vocabulary) {
        List<String> u = tokens();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        List<double[]> q = new ArrayList<>();
        for (double[] topic : fitted) {
            q.add(normalised(u.stream().mapToDouble(t -> index.containsKey(t) ? topic[index.get(t)] : 0).toArray()));
        }
        double[] out = new double[distributions.size()];
        for (int t = 0; t < out.length; t++) {
            Map<String, Double> d = distributions.get(t);
            double[] p = normalised(u.stream().mapToDouble(x -> d.getOrDefault(x, 0.0)).toArray());
            double best = 0;
            for (double[] qj : q) {
                best = Math.max(best, 1 - JensenShannon.distance(p, qj));
            }
            out[t] = best;
        }
        return out;
    }

    private static double[] normalised(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double[] out = x.clone();
        for (int i = 0; i < out.length && s > 0; i++) {
            out[i] /= s;
        }
        return out;
    }
}
