package org.cabletrends.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Bursts per theme at the all-posts monthly level, and per post for series with at least
 * {@code minPostThemeCables} theme cables, on the driver: the monthly series are tiny (themes × months for all posts,
 * at most themes × posts × months) and the automaton is sequential. Each burst's evidence: the talking cables of its
 * series inside it, highest text_score first (then refid), at most {@code evidenceCables}.
 */
final class BurstDetection {
    private BurstDetection() {
    }

    /** A series key: theme and post (null = all posts), ordered by theme, then post with all posts first. */
    record Key(String theme, String post) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::theme)
                .thenComparing(Key::post, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** A burst found in a series: month indexes [start, end], Kleinberg's weight and the series' totals inside. */
    record Found(Key key, int start, int end, double strength, long themeCables, long cables) {
    }

    /** Rows of {@link TrendSchemas#THEME_BURSTS}, in the order found (theme, post, start). */
    static List<Row> rows(List<ThemeCells.Cell> monthCells, TrendInput in, TrendOptions o) {
        if (monthCells.isEmpty()) {
            return List.of();
        }
        int first = monthCells.stream().mapToInt(c -> c.period().index()).min().orElseThrow();
        int last = monthCells.stream().mapToInt(c -> c.period().index()).max().orElseThrow();
        List<Row> out = new ArrayList<>();
        for (Found f : detect(series(monthCells, first, last, o.minPostThemeCables()), first, o.detector())) {
            out.add(RowFactory.create(f.key().theme(), f.key().post(), Period.monthOf(f.start()),
                    Period.monthOf(f.end()), f.end() - f.start() + 1, f.strength(), f.themeCables(), f.cables(),
                    evidence(f, in.talking(), o.evidenceCables())));
        }
        return List.copyOf(out);
    }

    /**
     * Dense series per key, months first..last, zero where a post sent nothing; only series with theme cables (and
     * for a post, at least {@code minPost} of them).
     */
    static Map<Key, long[][]> series(List<ThemeCells.Cell> cells, int first, int last, int minPost) {
        Map<Key, long[][]> all = new HashMap<>();
        for (ThemeCells.Cell c : cells) {
            long[][] s = all.computeIfAbsent(new Key(c.theme(), c.post()), k -> new long[2][last - first + 1]);
            s[0][c.period().index() - first] = c.themeCables();
            s[1][c.period().index() - first] = c.cables();
        }
        Map<Key, long[][]> out = new TreeMap<>(Key.ORDER);
        all.forEach((key, s) -> {
            long n = java.util.Arrays.stream(s[0]).sum();
            if (n > 0 && (key.post() == null || n >= minPost)) {
                out.put(key, s);
            }
        });
        return out;
    }

    static List<Found> detect(Map<Key, long[][]> series, int first, KleinbergBursts detector) {
        List<Found> found = new ArrayList<>();
        series.forEach((key, s) -> {
            for (KleinbergBursts.Interval i : detector.detect(s[0], s[1])) {
                found.add(new Found(key, first + i.start(), first + i.end(), i.weight(), total(s[0], i),
                        total(s[1], i)));
            }
        });
        return found;
    }

    private static long total(long[] values, KleinbergBursts.Interval i) {
        long total = 0;
        for (int t = i.start(); t <= i.end(); t++) {
            total += values[t];
        }
        return total;
    }

    /** The burst's evidence cables as (refid, paragraphs, text_score) rows; null when it has none. */
    static List<Row> evidence(Found f, List<TrendInput.Talking> talking, int n) {
        List<TrendInput.Talking> inside = new ArrayList<>();
        for (TrendInput.Talking t : talking) {
            if (!t.theme().equals(f.key().theme()) || t.month() == null
                    || (f.key().post() != null && !f.key().post().equals(t.post()))) {
                continue;
            }
            int index = Period.of(t.year(), t.month(), true).index();
            if (index >= f.start() && index <= f.end()) {
                inside.add(t);
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        inside.sort(Comparator.comparingDouble((TrendInput.Talking t) -> -t.textScore())
                .thenComparing(TrendInput.Talking::refid, TrendKeys.CODE_POINTS));
        return inside.stream().limit(n).map(t -> RowFactory.create(t.refid(), t.paragraphs(), t.textScore()))
                .toList();
    }
}
