package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.cabletrends.trends.TrendKeys;

/**
 * The cells of {@code topic_trends} built from per (year, month, post) sums: the month level (cells with a month),
 * the year level (every month of the year, cables without a month included), each with its all-posts rows (post
 * null). Every topic gets a row in every cell with cables. Rows come out in table order: level, year, month, post,
 * topic id, nulls first, posts in Spark's string order (the order Spark's {@code orderBy} gave).
 */
final class TopicTrendCells {
    private static final Comparator<Integer> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::year)
            .thenComparing(Cell::month, NULLS_FIRST)
            .thenComparing(Cell::post, Comparator.nullsFirst(TrendKeys.CODE_POINTS));

    /** A (year, month, post) cell; month and post may be null (year level, all posts). */
    record Cell(int year, Integer month, String post) {
    }

    /** Sums of a cell: cables, and per topic column the weight units and cables above the threshold. */
    private static final class Sums {
        long cables;
        final long[] weightUnits;
        final long[] topicCables;

        Sums(int k) {
            weightUnits = new long[k];
            topicCables = new long[k];
        }

        void add(Sums o) {
            cables += o.cables;
            for (int t = 0; t < weightUnits.length; t++) {
                weightUnits[t] += o.weightUnits[t];
                topicCables[t] += o.topicCables[t];
            }
        }
    }

    private final int k;
    private final Map<Cell, Sums> cells = new TreeMap<>(ORDER);

    TopicTrendCells(int k) {
        this.k = k;
    }

    /** Adds {@code n} cables to the post's (year, month) cell; month null = the cables have no month. */
    void cables(int year, Integer month, String post, long n) {
        sums(new Cell(year, month, post)).cables += n;
    }

    /** Adds the sums of topic column {@code column} to the post's (year, month) cell (one whose cables were added). */
    void topic(int year, Integer month, String post, int column, long weightUnits, long topicCables) {
        Sums s = sums(new Cell(year, month, post));
        s.weightUnits[column] += weightUnits;
        s.topicCables[column] += topicCables;
    }

    private Sums sums(Cell c) {
        return cells.computeIfAbsent(c, x -> new Sums(k));
    }

    /** The table's rows; {@code ids} maps topic columns to stable ids. */
    List<Row> rows(List<Integer> ids, int minCables) {
        Map<Cell, Sums> months = new TreeMap<>(ORDER);
        Map<Cell, Sums> years = new TreeMap<>(ORDER);
        cells.forEach((c, s) -> {
            if (c.month() != null) {
                addTo(months, c, s);
                addTo(months, new Cell(c.year(), c.month(), null), s);
            }
            addTo(years, new Cell(c.year(), null, c.post()), s);
            addTo(years, new Cell(c.year(), null, null), s);
        });
        Integer[] columns = new Integer[k];
        Arrays.setAll(columns, i -> i);
        Arrays.sort(columns, Comparator.comparing(ids::get));
        List<Row> out = new ArrayList<>();
        months.forEach((c, s) -> addRows(out, "month", c, s, columns, ids, minCables));
        years.forEach((c, s) -> addRows(out, "year", c, s, columns, ids, minCables));
        return out;
    }

    private void addTo(Map<Cell, Sums> level, Cell c, Sums s) {
        level.computeIfAbsent(c, x -> new Sums(k)).add(s);
    }

    private static void addRows(List<Row> out, String level, Cell c, Sums s, Integer[] columns, List<Integer> ids,
                                int minCables) {
        for (int t : columns) {
            out.add(RowFactory.create(level, c.year(), c.month(), c.post(), ids.get(t), s.cables, s.topicCables[t],
                    s.weightUnits[t] / TopicTrends.SCALE, (double) s.topicCables[t] / s.cables,
                    s.cables < minCables));
        }
    }
}
