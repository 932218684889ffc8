package org.cabletrends.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Matched-term counts per theme and period at the all-posts level, from the evidence of the cables that talk about
 * the theme, with rising and falling terms against the previous period: log_ratio = ln((count + 1) /
 * (previous_count + 1)) (add-one smoothing, so new and vanished terms have finite ratios); null when the previous
 * period has no cables. A term counted in the previous period but not in this one gets a row with count 0, so it can
 * rank as falling. Computed on the driver from a {@link TrendInput}.
 */
final class ThemeKeywords {
    private ThemeKeywords() {
    }

    /** One term of a theme in a period. */
    record Term(String term, long count, long previous, Double logRatio) {
    }

    /** Rows of {@link TrendSchemas#THEME_KEYWORDS} at one level. */
    static List<Row> rows(TrendInput in, boolean monthly, int topTerms) {
        Map<Integer, Map<String, Map<String, Long>>> counts = counts(in, monthly);
        TreeMap<Period, ?> periods = ThemeCells.totals(in, monthly);
        TreeSet<Integer> indexes = new TreeSet<>();
        periods.keySet().forEach(p -> indexes.add(p.index()));
        List<Row> out = new ArrayList<>();
        for (Period p : periods.keySet()) {
            Map<String, Map<String, Long>> now = counts.getOrDefault(p.index(), Map.of());
            Map<String, Map<String, Long>> before = counts.getOrDefault(p.index() - 1, Map.of());
            TreeSet<String> themes = new TreeSet<>(TrendKeys.CODE_POINTS);
            themes.addAll(now.keySet());
            themes.addAll(before.keySet());
            for (String theme : themes) {
                List<Term> terms = terms(now.getOrDefault(theme, Map.of()), before.getOrDefault(theme, Map.of()),
                        indexes.contains(p.index() - 1));
                out.addAll(ranked(p, monthly, theme, terms, topTerms));
            }
        }
        return List.copyOf(out);
    }

    /** Evidence terms per period index, theme and term (every evidence entry counts once). */
    private static Map<Integer, Map<String, Map<String, Long>>> counts(TrendInput in, boolean monthly) {
        Map<Integer, Map<String, Map<String, Long>>> counts = new HashMap<>();
        for (TrendInput.Talking t : in.talking()) {
            Period p = Period.of(t.year(), t.month(), monthly);
            if (p == null) {
                continue;
            }
            Map<String, Long> terms = counts.computeIfAbsent(p.index(), k -> new HashMap<>())
                    .computeIfAbsent(t.theme(), k -> new HashMap<>());
            t.terms().forEach(term -> terms.merge(term, 1L, Long::sum));
        }
        return counts;
    }

    /** The terms of this period or the previous one, sorted by term. */
    static List<Term> terms(Map<String, Long> now, Map<String, Long> before, boolean hasPrevious) {
        TreeSet<String> all = new TreeSet<>(TrendKeys.CODE_POINTS);
        all.addAll(now.keySet());
        all.addAll(before.keySet());
        List<Term> out = new ArrayList<>();
        for (String term : all) {
            long count = now.getOrDefault(term, 0L);
            long previous = before.getOrDefault(term, 0L);
            // As Spark's log(): StrictMath.
            Double ratio = hasPrevious ? StrictMath.log((double) (count + 1) / (double) (previous + 1)) : null;
            out.add(new Term(term, count, previous, ratio));
        }
        return out;
    }

    /**
     * Rising: log_ratio > 0, by log_ratio descending, count descending, term; falling: log_ratio < 0, by log_ratio,
     * previous_count descending, term; the first {@code topTerms} of each get a rank.
     */
    static List<Row> ranked(Period p, boolean monthly, String theme, List<Term> terms, int topTerms) {
        Map<String, Integer> rising = ranks(terms.stream().filter(t -> t.logRatio() != null && t.logRatio() > 0),
                Comparator.comparingDouble((Term t) -> -t.logRatio()).thenComparingLong(t -> -t.count()), topTerms);
        Map<String, Integer> falling = ranks(terms.stream().filter(t -> t.logRatio() != null && t.logRatio() < 0),
                Comparator.comparingDouble(Term::logRatio).thenComparingLong(t -> -t.previous()), topTerms);
        List<Row> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(RowFactory.create(monthly ? "month" : "year", p.year(), monthly ? p.month() : null, theme,
                    t.term(), t.count(), t.previous(), t.logRatio(), rising.get(t.term()), falling.get(t.term())));
        }
        return out;
    }

    private static Map<String, Integer> ranks(java.util.stream.Stream<Term> terms, Comparator<Term> order,
                                              int topTerms) {
        List<Term> sorted = terms.sorted(order.thenComparing(Term::term, TrendKeys.CODE_POINTS)).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < Math.min(topTerms, sorted.size()); i++) {
            ranks.put(sorted.get(i).term(), i + 1);
        }
        return ranks;
    }
}
