package org.cabletrends.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * Kleinberg's two-state burst automaton for batched arrivals (Kleinberg 2002, "Bursty and Hierarchical Structure in
 * Streams", section 4): in period t, r_t of d_t items are relevant. State q0 emits relevant items at the base rate
 * p0 = R/D (totals over the whole series), state q1 at p1 = s·p0 (capped below 1). The cost of period t in state i
 * is -ln(p_i^r_t (1 - p_i)^(d_t - r_t)) (the binomial coefficient is the same in both states and is dropped);
 * moving up from q0 to q1 costs γ·ln n (n = number of periods), moving down is free. The Viterbi path of least total
 * cost gives the bursts: maximal runs in q1, each weighted by the sum over its periods of cost(q0) - cost(q1).
 * Pure Java, deterministic; periods with d_t = 0 cost nothing in either state.
 */
public final class KleinbergBursts {
    private static final double MAX_RATE = 0.9999;

    private final double s;
    private final double gamma;

    /** A run of periods [start, end] (indexes, inclusive) in the burst state, with Kleinberg's weight. */
    public record Interval(int start, int end, double weight) {
    }

    public KleinbergBursts(double s, double gamma) {
        if (!(s > 1.0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("Invalid burst rate factor s: " + s + " (expected > 1)");
        }
        if (!(gamma > 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("Invalid burst transition cost gamma: " + gamma + " (expected > 0)");
        }
        this.s = s;
        this.gamma = gamma;
    }

    /** The bursts of {@code relevant} (r_t) against {@code totals} (d_t), in period order. */
    public List<Interval> detect(long[] relevant, long[] totals) {
        validate(relevant, totals);
        long r = 0;
        long d = 0;
        for (int t = 0; t < totals.length; t++) {
            r += relevant[t];
            d += totals[t];
        }
        if (r == 0 || r == d) {
            return List.of(); // no contrast possible: p0 is 0 or 1
        }
        double p0 = (double) r / d;
        double p1 = Math.min(MAX_RATE, s * p0);
        if (p1 <= p0) {
            return List.of();
        }
        double[] gain = new double[totals.length];
        for (int t = 0; t < totals.length; t++) {
            gain[t] = cost(p0, relevant[t], totals[t]) - cost(p1, relevant[t], totals[t]);
        }
        return intervals(viterbi(gain, gamma * Math.log(totals.length)), gain);
    }

    private static void validate(long[] relevant, long[] totals) {
        if (relevant.length != totals.length) {
            throw new IllegalArgumentException("Invalid series: " + relevant.length + " counts against "
                    + totals.length + " totals");
        }
        for (int t = 0; t < totals.length; t++) {
            if (relevant[t] < 0 || relevant[t] > totals[t]) {
                throw new IllegalArgumentException("Invalid count at period " + t + ": " + relevant[t] + " of "
                        + totals[t]);
            }
        }
    }

    static double cost(double p, long r, long d) {
        return -(r * Math.log(p) + (d - r) * Math.log1p(-p));
    }

    /**
     * States of the least-cost path. Only cost differences matter, so the q0 cost of a period is taken as 0 and the
     * q1 cost as -gain. Ties keep the lower state, so a flat series stays in q0.
     */
    static boolean[] viterbi(double[] gain, double up) {
        int n = gain.length;
        double c0 = 0.0; // the automaton starts in q0
        double c1 = n == 0 ? 0.0 : up - gain[0];
        boolean[][] from1 = new boolean[n][2]; // from1[t][i]: best predecessor of state i at t is q1
        for (int t = 1; t < n; t++) {
            double n0 = Math.min(c0, c1);
            from1[t][0] = c1 < c0;
            double via0 = c0 + up;
            double n1 = Math.min(via0, c1) - gain[t];
            from1[t][1] = c1 <= via0;
            c0 = n0;
            c1 = n1;
        }
        boolean[] state = new boolean[n];
        if (n == 0) {
            return state;
        }
        state[n - 1] = c1 < c0;
        for (int t = n - 1; t > 0; t--) {
            state[t - 1] = from1[t][state[t] ? 1 : 0];
        }
        return state;
    }

    private static List<Interval> intervals(boolean[] state, double[] gain) {
        List<Interval> out = new ArrayList<>();
        int t = 0;
        while (t < state.length) {
            if (!state[t]) {
                t++;
                continue;
            }
            int start = t;
            double weight = 0.0;
            while (t < state.length && state[t]) {
                weight += gain[t++];
            }
            out.add(new Interval(start, t - 1, weight));
        }
        return List.copyOf(out);
    }
}
