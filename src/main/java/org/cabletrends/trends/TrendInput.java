package org.cabletrends.trends;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the theme aggregates read, collected to the driver once: the cables' posts and periods and the
 * {@code cable_themes} rows. Both are small (one short row per cable, one per cable and theme), and every aggregate is
 * computed from them in plain Java, which avoids the per-job cost of dozens of small Spark jobs.
 *
 * @param themes  the distinct themes of {@code cable_themes}, sorted (every theme gets cells)
 * @param totals  cables per post, year and month (month null: cables with a year only) of the cables with a year;
 *                a cable without an origin counts under {@link TrendKeys#UNKNOWN_POST}
 * @param talking the rows that talk about their theme (text_score ≥ threshold) joined with their cable's period,
 *                in the order collected (no result depends on it: sums are exact, evidence is sorted)
 */
record TrendInput(List<String> themes, List<PostPeriod> totals, List<Talking> talking) {

    TrendInput {
        themes = List.copyOf(themes);
        totals = List.copyOf(totals);
        talking = List.copyOf(talking);
    }

    /** A cable's post and period; month null when the cable has a year only. */
    record CablePeriod(String refid, String post, int year, Integer month) {
    }

    /** The cables of a post in a month (month null: with a year only). */
    record PostPeriod(String post, int year, Integer month, long cables) {
    }

    /** The input of cables' periods: counted per post and period once (a few thousand slots for 250k cables). */
    static TrendInput of(List<String> themes, List<CablePeriod> periods, List<Talking> talking) {
        Map<PostPeriod, Long> counts = new HashMap<>();
        for (CablePeriod p : periods) {
            counts.merge(new PostPeriod(p.post(), p.year(), p.month(), 0), 1L, Long::sum);
        }
        List<PostPeriod> totals = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> totals.add(new PostPeriod(k.post(), k.year(), k.month(), n)));
        totals.sort(Comparator.comparing(PostPeriod::post, TrendKeys.CODE_POINTS).thenComparingInt(PostPeriod::year)
                .thenComparing(PostPeriod::month, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new TrendInput(themes, totals, talking);
    }

    /** A cable that talks about a theme, with its cable's post and period and the matched terms of its evidence. */
    record Talking(String refid, String theme, String post, int year, Integer month, double hits, double textScore,
                   List<Integer> paragraphs, List<String> terms) {
    }

    /** Collects {@code cables} (refid, origin, year, month) and {@code cable_themes}: two Spark jobs. */
    static TrendInput collect(Dataset<Row> cables, Dataset<Row> cableThemes, double threshold) {
        List<CablePeriod> periods = new ArrayList<>();
        for (Row r : cables.filter(col("year").isNotNull()).select("refid", "origin", "year", "month")
                .collectAsList()) {
            String post = r.isNullAt(1) ? TrendKeys.UNKNOWN_POST : r.getString(1);
            periods.add(new CablePeriod(r.getString(0), post, r.getInt(2), r.isNullAt(3) ? null : r.getInt(3)));
        }
        List<Row> rows = cableThemes.select(col("refid"), col("theme"), col("hits"), col("text_score"),
                col("paragraphs"), col("evidence.term").as("terms")).collectAsList();
        TreeSet<String> themes = new TreeSet<>(TrendKeys.CODE_POINTS);
        rows.forEach(r -> themes.add(r.getString(1)));
        return of(List.copyOf(themes), periods, talking(rows, periods, threshold));
    }

    /** The inner join of the talking rows with the periods on refid (a duplicated refid joins every copy). */
    private static List<Talking> talking(List<Row> rows, List<CablePeriod> periods, double threshold) {
        Map<String, List<CablePeriod>> byRefid = new HashMap<>();
        periods.stream().filter(p -> p.refid() != null)
                .forEach(p -> byRefid.computeIfAbsent(p.refid(), k -> new ArrayList<>(1)).add(p));
        List<Talking> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.isNullAt(0) || r.isNullAt(3) || r.getDouble(3) < threshold) {
                continue;
            }
            for (CablePeriod p : byRefid.getOrDefault(r.getString(0), List.of())) {
                out.add(new Talking(p.refid(), r.getString(1), p.post(), p.year(), p.month(),
                        r.isNullAt(2) ? 0.0 : r.getDouble(2),
                        r.getDouble(3), r.isNullAt(4) ? List.of() : r.getList(4),
                        r.isNullAt(5) ? List.of() : r.getList(5)));
            }
        }
        return out;
    }
}
