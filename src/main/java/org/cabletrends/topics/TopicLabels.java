package org.cabletrends.topics;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Topic labels: a default from each topic's top words, overridden by a user-edited labels file keyed by stable topic
 * id ({@link TopicMatching}). The file is UTF-8 text, one {@code id<TAB>label} a line; blank lines and lines whose
 * first non-blank character is {@code #} are ignored. Any other line must be a non-negative integer id, one TAB and
 * a non-blank label without control characters; an id may appear once. A bad line fails the whole file with
 * "Invalid labels file FILE: line N: …". Ids the model does not have (topics retired since the file was written) are
 * reported in {@link Result#unknownIds}, not fatal: the file outlives runs and must not break the next one.
 *
 * @param user the labels of the file by id (empty: defaults only)
 */
public record TopicLabels(SortedMap<Integer, String> user) {
    public static final int DEFAULT_WORDS = 3;
    public static final String SEPARATOR = " / ";

    public TopicLabels {
        user = Collections.unmodifiableSortedMap(new TreeMap<>(user));
    }

    /** One topic's label; {@code user} tells whether it comes from the labels file. */
    public record Label(int topicId, String label, boolean user) {
    }

    /**
     * @param labels     one per topic id given to {@link #apply}, ascending by id
     * @param unknownIds ids of the file that are not topics of the model, ascending
     */
    public record Result(List<Label> labels, List<Integer> unknownIds) {
        public Result {
            labels = List.copyOf(labels);
            unknownIds = List.copyOf(unknownIds);
        }
    }

    public static TopicLabels none() {
        return new TopicLabels(new TreeMap<>());
    }

    public static TopicLabels load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Invalid labels file " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read labels file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates the text of a labels file; {@code source} names it in errors. */
    public static TopicLabels parse(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SortedMap<Integer, String> labels = new TreeMap<>();
        Map<Integer, Integer> lineOf = new TreeMap<>();
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String problem = problem(line);
            if (problem == null) {
                int tab = line.indexOf('\t');
                int id = Integer.parseInt(line.substring(0, tab).strip());
                Integer first = lineOf.putIfAbsent(id, n);
                if (first != null) {
                    problem = "id " + id + " is already labelled on line " + first;
                } else {
                    labels.put(id, line.substring(tab + 1).strip());
                }
            }
            if (problem != null) {
                throw new IllegalArgumentException("Invalid labels file " + source + ": line " + n + ": " + problem);
            }
        }
        return new TopicLabels(labels);
    }

    /** What is wrong with a non-blank, non-comment line, or null. */
    private static String problem(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return "expected id<TAB>label, found no TAB in '" + line.strip() + "'";
        }
        if (line.indexOf('\t', tab + 1) >= 0) {
            return "expected id<TAB>label, found more than one TAB";
        }
        String id = line.substring(0, tab).strip();
        if (!id.matches("[0-9]{1,9}")) {
            return "id '" + id + "' is not a non-negative integer of at most 9 digits";
        }
        String label = line.substring(tab + 1).strip();
        if (label.isEmpty()) {
            return "the label of id " + id + " is blank";
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            return "the label of id " + id + " has a control character";
        }
        return null;
    }

    /** The default label: the first {@value #DEFAULT_WORDS} distinct top words joined by {@value #SEPARATOR}. */
    public static String defaultLabel(List<String> topWords) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String w : topWords) {
            if (w != null && !w.isBlank() && words.size() < DEFAULT_WORDS) {
                words.add(w.strip());
            }
        }
        return String.join(SEPARATOR, words);
    }

    /** Labels for the topics {@code topWordsById} (stable id → display top words, best first). */
    public Result apply(Map<Integer, List<String>> topWordsById) {
        List<Label> labels = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : new TreeMap<>(topWordsById).entrySet()) {
            String own = user.get(e.getKey());
            labels.add(own != null ? new Label(e.getKey(), own, true)
                    : new Label(e.getKey(), defaultLabel(e.getValue()), false));
        }
        List<Integer> unknown = user.keySet().stream().filter(id -> !topWordsById.containsKey(id)).toList();
        return new Result(labels, unknown);
    }

    /** A labels file holding {@code labels} (e.g. the defaults, for a user to start editing from). */
    public static String toTsv(List<Label> labels) {
        StringBuilder out = new StringBuilder("# topic_id<TAB>label; lines starting with # are ignored\n");
        for (Label l : labels) {
            if (l.label().isBlank()) {
                continue;
            }
            out.append(l.topicId()).append('\t').append(l.label().replaceAll("\\p{Cntrl}", " ")).append('\n');
        }
        return out.toString();
    }
}
