package org.cabletrends.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The top words of a model's topics, indexed for co-occurrence counting: the distinct words (sorted, so indices do
 * not depend on hash order) and, per word, every (topic, rank) where it stands. Serializable for Spark broadcasts.
 */
final class TopWords implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<List<String>> topics;
    private final String[] words;
    private final Map<String, Integer> index;
    /** By word index: topic * width + rank for each place of the word (a word may repeat within a topic). */
    private final int[][] places;
    private final int width;

    TopWords(List<List<String>> topics, int top) {
        List<List<String>> cut = new ArrayList<>();
        TreeSet<String> distinct = new TreeSet<>();
        int w = 0;
        for (int t = 0; t < topics.size(); t++) {
            List<String> words = topics.get(t);
            if (words == null || words.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("Invalid topic " + t + ": null word list or word");
            }
            List<String> head = List.copyOf(words.subList(0, Math.min(top, words.size())));
            cut.add(head);
            distinct.addAll(head);
            w = Math.max(w, head.size());
        }
        this.topics = List.copyOf(cut);
        this.words = distinct.toArray(String[]::new);
        this.width = Math.max(w, 1);
        this.index = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            index.put(words[i], i);
        }
        this.places = placesOf(this.topics, index, words.length, width);
    }

    private static int[][] placesOf(List<List<String>> topics, Map<String, Integer> index, int n, int width) {
        List<List<Integer>> byWord = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byWord.add(new ArrayList<>());
        }
        for (int t = 0; t < topics.size(); t++) {
            List<String> words = topics.get(t);
            for (int r = 0; r < words.size(); r++) {
                byWord.get(index.get(words.get(r))).add(t * width + r);
            }
        }
        return byWord.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The topics' words, each list cut to the top ranks. */
    List<List<String>> topics() {
        return topics;
    }

    /** The distinct top words, sorted. */
    List<String> words() {
        return List.of(words);
    }

    int size() {
        return words.length;
    }

    int width() {
        return width;
    }

    int indexOf(String word) {
        return index.getOrDefault(word, -1);
    }

    int[] places(int word) {
        return places[word];
    }

    /** Sorted distinct indices of the top words among {@code tokens}; other tokens are ignored. */
    int[] present(Iterable<String> tokens) {
        int[] found = new int[8];
        int n = 0;
        for (String token : tokens) {
            Integer i = token == null ? null : index.get(token);
            if (i != null) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        Arrays.sort(found, 0, n);
        int distinct = 0;
        for (int j = 0; j < n; j++) {
            if (distinct == 0 || found[distinct - 1] != found[j]) {
                found[distinct++] = found[j];
            }
        }
        return Arrays.copyOf(found, distinct);
    }
}
