package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Exclusivity of each topic, as MALLET's topic diagnostics define it: the mean over the topic's top N words of
 * φ(w|t) / Σ_t' φ(w|t'), where φ(·|t) is the topic's word distribution. It is p(t | w) under equal topic priors:
 * 1 when no other topic uses the topic's top words, 1/k when every topic uses them alike. Size-neutral on purpose
 * (a big topic is not more exclusive for being big); {@link TopicSize} reports size apart.
 * Top words: highest weight first, ties by lower term index (or term, for maps), so results are deterministic.
 */
public final class Exclusivity {
    public static final int DEFAULT_TOP = 10;

    private Exclusivity() {
    }

    /**
     * Exclusivity per topic of {@code topicTerm[t][w]}: non-negative weights of any scale (counts, MLlib's
     * {@code topicsMatrix} transposed, probabilities), each row normalized here.
     */
    public static List<Double> of(double[][] topicTerm, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("Invalid exclusivity top " + top + ": must be at least 1");
        }
        double[][] phi = normalizedRows(topicTerm);
        int vocab = phi.length == 0 ? 0 : phi[0].length;
        double[] columnSum = new double[vocab];
        for (double[] row : phi) {
            for (int w = 0; w < vocab; w++) {
                columnSum[w] += row[w];
            }
        }
        List<Double> result = new ArrayList<>();
        for (double[] row : phi) {
            int[] best = topTerms(row, top);
            double sum = 0;
            for (int w : best) {
                sum += columnSum[w] > 0 ? row[w] / columnSum[w] : 0;
            }
            result.add(sum / best.length);
        }
        return List.copyOf(result);
    }

    /** Exclusivity per topic of term→weight maps (a term absent from a topic has weight 0 there). */
    public static List<Double> of(List<? extends Map<String, Double>> topics, int top) {
        TreeSet<String> union = new TreeSet<>();
        topics.forEach(t -> union.addAll(t.keySet()));
        List<String> terms = List.copyOf(union);
        double[][] dense = new double[topics.size()][terms.size()];
        for (int t = 0; t < dense.length; t++) {
            for (int w = 0; w < terms.size(); w++) {
                Double x = topics.get(t).get(terms.get(w));
                dense[t][w] = x == null ? 0 : x;
            }
        }
        return of(dense, top);
    }

    /** Indices of the {@code top} largest weights of {@code row}, largest first, ties by lower index. */
    public static int[] topTerms(double[] row, int top) {
        return IntStream.range(0, row.length).boxed()
                .sorted(Comparator.comparingDouble((Integer w) -> -row[w]).thenComparingInt(w -> w))
                .limit(top).mapToInt(Integer::intValue).toArray();
    }

    private static double[][] normalizedRows(double[][] topicTerm) {
        double[][] phi = new double[topicTerm.length][];
        for (int t = 0; t < topicTerm.length; t++) {
            double[] row = topicTerm[t];
            if (row.length != topicTerm[0].length) {
                throw new IllegalArgumentException("Invalid topic-term matrix: topic " + t + " has " + row.length
                        + " terms, topic 0 has " + topicTerm[0].length);
            }
            double total = 0;
            for (double x : row) {
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("Invalid weight " + x + " in topic " + t
                            + ": must be finite and non-negative");
                }
                total += x;
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("Invalid topic " + t + ": its weights sum to " + total);
            }
            double sum = total;
            phi[t] = java.util.Arrays.stream(row).map(x -> x / sum).toArray();
        }
        return phi;
    }
}
