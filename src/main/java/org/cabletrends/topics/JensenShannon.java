package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Jensen–Shannon divergence and distance between two distributions, base 2: JSD(p, q) = ½ KL(p‖m) + ½ KL(q‖m) with
 * m = (p + q) / 2, in [0, 1] bits; the distance √JSD is a metric, also in [0, 1]: 0 for equal distributions, 1 for
 * distributions with disjoint supports. Terms where p or q is 0 contribute only the other side's share.
 */
public final class JensenShannon {
    private static final double LN2 = Math.log(2);

    /** A distribution over term ids, the ids ascending, probabilities positive and summing to 1. */
    record Sparse(int[] ids, double[] p) {
    }

    private JensenShannon() {
    }

    /** JSD in bits of two probability vectors of the same length (each should sum to 1). */
    public static double divergence(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("Invalid distributions: lengths " + p.length + " and " + q.length);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += term(p[i], q[i]);
        }
        return clamp(sum / LN2);
    }

    /** √JSD of two probability vectors of the same length. */
    public static double distance(double[] p, double[] q) {
        return Math.sqrt(divergence(p, q));
    }

    /**
     * √JSD of two weightings of terms, each normalized to sum 1 over its own terms, over the union of the terms (a
     * term missing on one side has probability 0 there). Weights must be finite and non-negative with a positive sum.
     */
    public static double distance(Map<String, ? extends Number> p, Map<String, ? extends Number> q) {
        TreeSet<String> union = new TreeSet<>(p.keySet());
        union.addAll(q.keySet());
        Map<String, Integer> ids = new TreeMap<>();
        for (String term : union) {
            ids.put(term, ids.size());
        }
        return distance(sparse(p, ids, "p"), sparse(q, ids, "q"));
    }

    /** √JSD of two sparse distributions (merge over ascending ids). */
    static double distance(Sparse a, Sparse b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.ids.length || j < b.ids.length) {
            int ia = i < a.ids.length ? a.ids[i] : Integer.MAX_VALUE;
            int ib = j < b.ids.length ? b.ids[j] : Integer.MAX_VALUE;
            double pa = ia <= ib ? a.p[i++] : 0;
            double pb = ib <= ia ? b.p[j++] : 0;
            sum += term(pa, pb);
        }
        return Math.sqrt(clamp(sum / LN2));
    }

    /** The normalized distribution of {@code weights} over term ids {@code ids} (which must hold every term). */
    static Sparse sparse(Map<String, ? extends Number> weights, Map<String, Integer> ids, String what) {
        TreeMap<Integer, Double> byId = new TreeMap<>();
        double total = 0;
        for (Map.Entry<String, ? extends Number> e : new TreeMap<String, Number>(weights).entrySet()) {
            double w = e.getValue() == null ? Double.NaN : e.getValue().doubleValue();
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("Invalid weight " + w + " of term '" + e.getKey() + "' in " + what
                        + ": must be finite and non-negative");
            }
            if (w > 0) {
                byId.put(ids.get(e.getKey()), w);
                total += w;
            }
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("Invalid weights of " + what + ": total " + total
                    + ", must be positive and finite");
        }
        List<Integer> keys = new ArrayList<>(byId.keySet());
        double[] p = new double[keys.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = byId.get(keys.get(k)) / total;
        }
        return new Sparse(keys.stream().mapToInt(Integer::intValue).toArray(), p);
    }

    /** ½ p ln(p/m) + ½ q ln(q/m), m = (p+q)/2, with 0 ln 0 = 0. */
    private static double term(double p, double q) {
        double m = (p + q) / 2;
        double t = 0;
        if (p > 0) {
            t += p * Math.log(p / m);
        }
        if (q > 0) {
            t += q * Math.log(q / m);
        }
        return t / 2;
    }

    private static double clamp(double jsd) {
        return Math.min(1.0, Math.max(0.0, jsd));
    }
}
