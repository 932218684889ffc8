package org.cabletrends.trends;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Period × post × theme cells, computed on the driver from a {@link TrendInput}. Cells are the post-period totals
 * crossed with every theme, so a period in which a post sent cables but none on a theme is a cell with theme_cables
 * 0. The all-posts cell (post null) is the sum of the post cells. Hits are summed exactly and rounded once, so they
 * do not depend on the order in which rows arrive (Spark's sums did: on partitioning and join strategy).
 */
final class ThemeCells {
    private ThemeCells() {
    }

    /** One cell; post null = all posts. */
    record Cell(Period period, String post, String theme, long cables, long themeCables, long paragraphs,
                double hits) {
    }

    private record Key(int index, String post, String theme) {
    }

    /** Theme cables, their paragraphs and hits of one post, period and theme. */
    private static final class Counts {
        long cables;
        long paragraphs;
        /** Exact, so that the sum does not depend on the order of the rows (rounded once, to the nearest double). */
        BigDecimal hits = BigDecimal.ZERO;
    }

    /** The cells of one level, by period, then theme, then post (all posts last). */
    static List<Cell> cells(TrendInput in, boolean monthly) {
        Map<Key, Counts> counts = counts(in, monthly);
        List<Cell> out = new ArrayList<>();
        totals(in, monthly).forEach((period, posts) -> {
            for (String theme : in.themes()) {
                Counts all = new Counts();
                long allCables = 0;
                for (Map.Entry<String, Long> post : posts.entrySet()) {
                    Counts c = counts.getOrDefault(new Key(period.index(), post.getKey(), theme), new Counts());
                    out.add(new Cell(period, post.getKey(), theme, post.getValue(), c.cables, c.paragraphs,
                            c.hits.doubleValue()));
                    allCables += post.getValue();
                    all.cables += c.cables;
                    all.paragraphs += c.paragraphs;
                    all.hits = all.hits.add(c.hits);
                }
                out.add(new Cell(period, null, theme, allCables, all.cables, all.paragraphs,
                        all.hits.doubleValue()));
            }
        });
        return List.copyOf(out);
    }

    /** Cables per period and post (posts in Spark's string order). */
    static TreeMap<Period, TreeMap<String, Long>> totals(TrendInput in, boolean monthly) {
        TreeMap<Period, TreeMap<String, Long>> totals =
                new TreeMap<>(java.util.Comparator.comparingInt(Period::index));
        for (TrendInput.PostPeriod c : in.totals()) {
            Period p = Period.of(c.year(), c.month(), monthly);
            if (p != null) {
                totals.computeIfAbsent(p, k -> new TreeMap<>(TrendKeys.CODE_POINTS))
                        .merge(c.post(), c.cables(), Long::sum);
            }
        }
        return totals;
    }

    /** The talking rows of each post, period and theme. */
    private static Map<Key, Counts> counts(TrendInput in, boolean monthly) {
        Map<Key, Counts> counts = new HashMap<>();
        for (TrendInput.Talking t : in.talking()) {
            Period p = Period.of(t.year(), t.month(), monthly);
            if (p != null) {
                Counts c = counts.computeIfAbsent(new Key(p.index(), t.post(), t.theme()), k -> new Counts());
                c.cables++;
                c.paragraphs += t.paragraphs().size();
                c.hits = c.hits.add(new BigDecimal(t.hits()));
            }
        }
        return counts;
    }
}
