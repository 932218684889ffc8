package org.cabletrends.trends;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Share, Wilson bounds, changes, trailing z-score and the small-count flag of each cell, per series (post, theme) on
 * the driver. The arithmetic is Spark's, step for step, so the figures are the ones the earlier window-function plan
 * gave: the z-score's mean is the running sum over the count, its sample standard deviation Welford's update
 * (Spark's CentralMomentAgg), both over the trailing periods in ascending order.
 */
final class CellMetrics {
    private CellMetrics() {
    }

    private record Series(String post, String theme) {
    }

    /** Rows of {@link TrendSchemas#THEME_MONTHLY} ({@code monthly}) or {@link TrendSchemas#THEME_YEARLY}. */
    static List<Row> rows(List<ThemeCells.Cell> cells, TrendOptions o, boolean monthly) {
        Map<Series, TreeMap<Integer, Double>> shares = new HashMap<>();
        for (ThemeCells.Cell c : cells) {
            shares.computeIfAbsent(new Series(c.post(), c.theme()), k -> new TreeMap<>())
                    .put(c.period().index(), share(c));
        }
        List<Row> out = new ArrayList<>(cells.size());
        for (ThemeCells.Cell c : cells) {
            out.add(row(c, shares.get(new Series(c.post(), c.theme())), o, monthly));
        }
        return List.copyOf(out);
    }

    private static Row row(ThemeCells.Cell c, NavigableMap<Integer, Double> series, TrendOptions o,
                           boolean monthly) {
        int index = c.period().index();
        double share = share(c);
        Wilson.Interval w = Wilson.of(c.themeCables(), c.cables());
        Double changeYear = change(series, index, monthly ? 12 : 1, share);
        Double z = zScore(series.subMap(index - o.trailingPeriods(), true, index - 1, true), share,
                o.minTrailing());
        List<Object> v = new ArrayList<>(List.of(c.period().year()));
        if (monthly) {
            v.add(c.period().month());
        }
        v.addAll(java.util.Arrays.asList(c.post(), c.theme(), c.cables(), c.themeCables(), c.paragraphs(), c.hits(),
                share, w.low(), w.high()));
        if (monthly) {
            v.add(change(series, index, 1, share));
        }
        v.addAll(java.util.Arrays.asList(changeYear, z, c.cables() < o.minCables()));
        return RowFactory.create(v.toArray());
    }

    static double share(ThemeCells.Cell c) {
        return (double) c.themeCables() / (double) c.cables();
    }

    /** {@code share} minus the share {@code lag} periods earlier; null when that period has no cell. */
    static Double change(NavigableMap<Integer, Double> series, int index, int lag, double share) {
        Double before = series.get(index - lag);
        return before == null ? null : share - before;
    }

    /**
     * (share − mean) / sample sd over {@code trailing} (ascending); null with fewer than {@code minTrailing} values
     * or sd = 0.
     */
    static Double zScore(NavigableMap<Integer, Double> trailing, double share, int minTrailing) {
        double n = 0.0;
        double mean = 0.0;
        double m2 = 0.0;
        double sum = 0.0;
        for (double v : trailing.values()) {
            n += 1.0;
            double delta = v - mean;
            double deltaN = delta / n;
            mean += deltaN;
            m2 += delta * (delta - deltaN);
            sum += v;
        }
        if (n < minTrailing || n < 2.0) {
            return null;
        }
        double sd = Math.sqrt(m2 / (n - 1.0));
        return sd > 0 ? (share - sum / n) / sd : null;
    }
}
