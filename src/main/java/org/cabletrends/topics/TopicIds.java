package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Stable topic ids of a model's topic columns. Outputs list topics in ascending id order: position i of a
 * {@code doc_topics.distribution} is the topic with the i-th smallest id ({@link #ids()}, also in the manifest).
 *
 * @param idOfColumn stable id of each model column (distinct, ≥ 0)
 * @param nextId     the least id never used in this run or the runs it was matched against (for the next run's new topics)
 */
public record TopicIds(List<Integer> idOfColumn, int nextId) {
    public TopicIds {
        idOfColumn = List.copyOf(idOfColumn);
        if (idOfColumn.stream().distinct().count() != idOfColumn.size() || idOfColumn.stream().anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("Invalid topic ids " + idOfColumn + ": must be distinct and ≥ 0");
        }
        int max = idOfColumn.stream().mapToInt(Integer::intValue).max().orElse(-1);
        if (nextId <= max) {
            throw new IllegalArgumentException("Invalid next topic id " + nextId + ": ids up to " + max + " are used");
        }
    }

    /** A first run: ids 0..k-1 by topic size, largest first (ties by column). */
    public static TopicIds bySize(double[] sizes) {
        Integer[] columns = IntStream.range(0, sizes.length).boxed().toArray(Integer[]::new);
        Arrays.sort(columns, Comparator.comparingDouble((Integer c) -> -sizes[c]).thenComparingInt(c -> c));
        Integer[] ids = new Integer[sizes.length];
        for (int rank = 0; rank < columns.length; rank++) {
            ids[columns[rank]] = rank;
        }
        return new TopicIds(List.of(ids), sizes.length);
    }

    public int k() {
        return idOfColumn.size();
    }

    public int id(int column) {
        return idOfColumn.get(column);
    }

    /** The ids in ascending order. */
    public List<Integer> ids() {
        return idOfColumn.stream().sorted().toList();
    }

    /** Model columns in ascending id order: {@code columnsInIdOrder()[i]} is the column of the i-th smallest id. */
    public int[] columnsInIdOrder() {
        List<Integer> columns = new ArrayList<>(IntStream.range(0, k()).boxed().toList());
        columns.sort(Comparator.comparingInt(this::id));
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
