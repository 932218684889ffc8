package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.config.TopicUnit;

/**
 * The per-partition passes of {@link PrepareTokens}. Input partitions hold whole cables, their paragraphs in text
 * order (refid, start, number, text), so a cable's rows are consecutive: occurrences of a paragraph number and
 * cable documents come from one streaming pass, without a window, a group-by or a global sort.
 */
final class TokenPasses {
    /** A bounded map of local counts is emitted and emptied when it reaches this size (memory per task). */
    static final int FLUSH_AT = 400_000;

    private TokenPasses() {
    }

    /**
     * Paragraph rows (refid, number, start, text) of whole cables in text order → rows of
     * {@code PARAGRAPH_TOKENS} (refid, doc_id, start, number, stems, surfaces with sentence breaks).
     */
    static Iterator<Row> tokenise(Iterator<Row> paragraphs) {
        return new Iterator<>() {
            private String refid;
            private final Map<Integer, Integer> seen = new HashMap<>();

            @Override
            public boolean hasNext() {
                return paragraphs.hasNext();
            }

            @Override
            public Row next() {
                Row r = paragraphs.next();
                if (!r.getString(0).equals(refid)) {
                    refid = r.getString(0);
                    seen.clear();
                }
                int occurrence = seen.merge(r.getInt(1), 1, Integer::sum);
                return PrepareTokens.tokenised(r, occurrence);
            }
        };
    }

    /**
     * Tokenised paragraph rows of whole cables in text order → documents (refid, doc_id, tokens), none empty; one
     * cable at a time in memory.
     */
    static Iterator<Row> documents(Iterator<Row> tokenised, Phrases phrases, TopicUnit unit) {
        return new Iterator<>() {
            private Row pending;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && (pending != null || tokenised.hasNext())) {
                    next = unit == TopicUnit.PARAGRAPH ? paragraph(tokenised.next()) : cable();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }

            private Row paragraph(Row r) {
                String[] stems = stems(r, phrases);
                return stems.length == 0 ? null : RowFactory.create(r.getString(0), r.getString(1), stems);
            }

            /** The next cable's document (null when it has no token); reads one row past it. */
            private Row cable() {
                Row first = pending != null ? pending : tokenised.next();
                pending = null;
                String refid = first.getString(0);
                List<String> tokens = new ArrayList<>(List.of(stems(first, phrases)));
                while (tokenised.hasNext()) {
                    Row r = tokenised.next();
                    if (!r.getString(0).equals(refid)) {
                        pending = r;
                        break;
                    }
                    Collections.addAll(tokens, stems(r, phrases));
                }
                return tokens.isEmpty() ? null : RowFactory.create(refid, refid, tokens.toArray(String[]::new));
            }
        };
    }

    private static String[] stems(Row r, Phrases phrases) {
        return merged(r, phrases).stream().map(Token::stem).toArray(String[]::new);
    }

    /** (token, surface, count) of the merged tokens of a partition, counted locally (bounded). */
    static Iterator<Row> surfaceCounts(Iterator<Row> tokenised, Phrases phrases) {
        Counts counts = new Counts();
        while (tokenised.hasNext()) {
            for (Token t : merged(tokenised.next(), phrases)) {
                counts.add(t.stem(), t.surface());
            }
        }
        return counts.finish();
    }

    /** (first, second, count) of the stems (second "") and adjacent stem pairs within sentences, counted locally. */
    static Iterator<Row> gramCounts(Iterator<Row> tokenised) {
        Counts counts = new Counts();
        String brk = PrepareTokens.SentenceCodec.BREAK;
        while (tokenised.hasNext()) {
            List<String> stems = tokenised.next().getList(4);
            for (int i = 0; i < stems.size(); i++) {
                String x = stems.get(i);
                if (brk.equals(x)) {
                    continue;
                }
                counts.add(x, "");
                if (i + 1 < stems.size() && !brk.equals(stems.get(i + 1))) {
                    counts.add(x, stems.get(i + 1));
                }
            }
        }
        return counts.finish();
    }

    /** Rows of {@link #termCounts}. */
    static final StructType TERM_COUNTS = new StructType()
            .add("token", DataTypes.StringType, false)
            .add("tf", DataTypes.LongType, false)
            .add("df", DataTypes.LongType, false);

    /** (token, tf, df) of a partition's documents (rows with a {@code tokens} array first), counted locally. */
    static Iterator<Row> termCounts(Iterator<Row> documents) {
        Map<String, long[]> map = new HashMap<>();
        List<Row> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (documents.hasNext()) {
            seen.clear();
            for (String t : documents.next().<String>getList(0)) {
                long[] c = map.computeIfAbsent(t, k -> new long[2]);
                c[0]++;
                if (seen.add(t)) {
                    c[1]++;
                }
            }
            if (map.size() >= FLUSH_AT) {
                map.forEach((t, c) -> out.add(RowFactory.create(t, c[0], c[1])));
                map.clear();
            }
        }
        map.forEach((t, c) -> out.add(RowFactory.create(t, c[0], c[1])));
        return out.iterator();
    }

    private static List<Token> merged(Row r, Phrases phrases) {
        return phrases.apply(PrepareTokens.SentenceCodec.decode(r.getList(4), r.getList(5)));
    }

    /** Map-side combiner: counts of (a, b) pairs, emitted as rows whenever the map is full and at the end. */
    private static final class Counts {
        private final Map<List<String>, long[]> map = new HashMap<>();
        private final List<Row> out = new ArrayList<>();

        void add(String a, String b) {
            map.computeIfAbsent(List.of(a, b), k -> new long[1])[0]++;
            if (map.size() >= FLUSH_AT) {
                flush();
            }
        }

        private void flush() {
            map.forEach((k, n) -> out.add(RowFactory.create(k.get(0), k.get(1), n[0])));
            map.clear();
        }

        Iterator<Row> finish() {
            flush();
            return Collections.unmodifiableList(out).iterator();
        }
    }
}
