package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A model's topic–term distributions with their terms, in ascending topic-id order: the top tokens of each topic
 * (ties broken by token, so ranks never depend on vocabulary order) and the {@code topics} table rows.
 *
 * @param ids          topic ids, ascending
 * @param distributions per topic (same order as {@code ids}), over {@code vocabulary}
 * @param vocabulary   tokens in model index order
 */
record TopicTerms(List<Integer> ids, double[][] distributions, List<String> vocabulary) {
    TopicTerms {
        ids = List.copyOf(ids);
        vocabulary = List.copyOf(vocabulary);
    }

    /** The model's topics reordered by stable id. */
    static TopicTerms of(double[][] byColumn, List<String> vocabulary, TopicIds ids) {
        int[] order = ids.columnsInIdOrder();
        double[][] byId = new double[order.length][];
        for (int i = 0; i < order.length; i++) {
            byId[i] = byColumn[order[i]];
        }
        return new TopicTerms(ids.ids(), byId, vocabulary);
    }

    int k() {
        return ids.size();
    }

    /** Vocabulary indices of topic {@code i}'s {@code n} heaviest terms, heaviest first, ties by token. */
    int[] top(int i, int n) {
        double[] d = distributions[i];
        Comparator<Integer> byWeight = Comparator.comparingDouble((Integer w) -> -d[w])
                .thenComparing(vocabulary::get);
        return IntStream.range(0, d.length).boxed().sorted(byWeight).limit(n).mapToInt(Integer::intValue).toArray();
    }

    /** Each topic's {@code n} top tokens (for coherence and labels). */
    List<List<String>> topTokens(int n) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < k(); i++) {
            out.add(Arrays.stream(top(i, n)).mapToObj(vocabulary::get).toList());
        }
        return out;
    }

    /** Labels in id order: the user's from {@code user}, else the default from the top display words. */
    TopicLabels.Result labels(Map<String, String> display, TopicLabels user) {
        Map<Integer, List<String>> top = new TreeMap<>();
        for (int i = 0; i < k(); i++) {
            top.put(ids.get(i), Arrays.stream(top(i, Coherence.DEFAULT_TOP))
                    .mapToObj(w -> display.getOrDefault(vocabulary.get(w), vocabulary.get(w))).toList());
        }
        return user.apply(top);
    }

    /** {@code topics} rows: topic_id, label, rank (1-based), term (display form), token, weight. */
    List<Row> rows(int n, Map<String, String> display, List<String> labels) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < k(); i++) {
            int[] top = top(i, n);
            for (int r = 0; r < top.length; r++) {
                String token = vocabulary.get(top[r]);
                rows.add(RowFactory.create(ids.get(i), labels.get(i), r + 1, display.getOrDefault(token, token), token,
                        distributions[i][top[r]]));
            }
        }
        return rows;
    }
}
