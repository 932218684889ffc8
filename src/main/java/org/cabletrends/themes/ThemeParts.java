package org.cabletrends.themes;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.cable.Tag;

/**
 * The matching pass of the themes stage. Every paragraph of the {@code paragraphs} table and every subject line of
 * {@code cables} is matched once where it is stored, so no text is shuffled; a cable's paragraphs are matched
 * independently, which gives the same hits and evidence as matching the whole cable because
 * {@link ThemeMatcher} scans (and applies exclusions) paragraph by paragraph. One row per part: its analysed tokens
 * and, per theme with a counted match, the hits and the terms in text order. {@link ThemeScores} combines the parts
 * of a cable into its scores; the part rows with matches are the {@code paragraph_themes} table.
 */
final class ThemeParts {
    /** Order key of the subject line, before every paragraph (whose key is its start offset). */
    static final int SUBJECT_START = -1;
    static final StructType THEME_HITS = new StructType()
            .add("theme", DataTypes.StringType, false)
            .add("hits", DataTypes.DoubleType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false);
    static final StructType SCHEMA = new StructType()
            .add("refid", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, false)
            .add("number", DataTypes.IntegerType, false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("themes", DataTypes.createArrayType(THEME_HITS, false), false)
            .add("tag_themes", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("has_body", DataTypes.BooleanType, false);

    private static final Map<String, ThemeMatcher> MATCHERS = new ConcurrentHashMap<>();

    private ThemeParts() {
    }

    /** The matcher of a themes file text, compiled once per JVM (driver and each executor). */
    static ThemeMatcher matcher(String themesJson) {
        return MATCHERS.computeIfAbsent(themesJson, j -> new ThemeMatcher(ThemeDefinitions.parse(j, "themes_file")));
    }

    /**
     * Part rows: one per cable for its subject line (carrying the themes its TAGS signal and whether it has a body),
     * one per paragraph. {@code paragraphs} may lack {@code start}; parts are then ordered by number.
     */
    static Dataset<Row> of(Dataset<Row> cables, Dataset<Row> paragraphs, String themesJson) {
        matcher(themesJson); // validates on the driver before any task starts
        Dataset<Row> subjects = cables.select(col("refid"), col("subject"), col("tags.code").as("tag_codes"),
                        col("body").isNotNull().and(org.apache.spark.sql.functions.trim(col("body")).notEqual(""))
                                .as("has_body"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
                    ThemeMatcher m = matcher(themesJson);
                    return map(rows, r -> subject(m, r));
                }, Encoders.row(SCHEMA));
        Column start = Arrays.asList(paragraphs.columns()).contains("start") ? col("start") : col("number");
        Dataset<Row> paras = paragraphs.select(col("refid"), start.as("start"), col("number"), col("text"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
                    ThemeMatcher m = matcher(themesJson);
                    return map(rows, r -> paragraph(m, r));
                }, Encoders.row(SCHEMA));
        return subjects.union(paras);
    }

    /**
     * Each partition looks its matcher up once: the lookup compares the whole themes file text (a fresh String in
     * every task), which costs more than matching a short paragraph.
     */
    private static Iterator<Row> map(Iterator<Row> rows, java.util.function.Function<Row, Row> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(rows.next());
            }
        };
    }

    private static Row subject(ThemeMatcher matcher, Row r) {
        List<String> codes = r.isNullAt(2) ? List.of() : r.getList(2);
        List<Tag> tags = codes.stream().filter(c -> c != null && !c.isBlank()).map(c -> new Tag(c, null)).toList();
        CableThemes t = matcher.match(cable(r.getString(0), r.getString(1), tags, null, List.of()));
        List<String> tagged = t.scores().stream().filter(CableThemes.ThemeScore::tagSignal)
                .map(CableThemes.ThemeScore::theme).toList();
        return RowFactory.create(r.getString(0), SUBJECT_START, CableThemes.SUBJECT, t.tokens(),
                hits(t, true), tagged.toArray(), r.getBoolean(3));
    }

    private static Row paragraph(ThemeMatcher matcher, Row r) {
        int number = r.getInt(2);
        ThemeMatcher.PartMatch m = matcher.matchPart(r.getString(3), number);
        return RowFactory.create(r.getString(0), r.isNullAt(1) ? number : r.getInt(1), number, m.tokens(),
                hits(m), null, false);
    }

    private static Object[] hits(ThemeMatcher.PartMatch m) {
        Object[] out = new Object[m.themes().size()];
        for (int i = 0; i < out.length; i++) {
            ThemeMatcher.ThemeHits h = m.themes().get(i);
            out[i] = RowFactory.create(h.theme(), h.hits(), h.terms().toArray());
        }
        return out;
    }

    /** The text of a cable without numbered paragraphs, matched as its paragraph 0 (as the matcher does). */
    static CableThemes body(String themesJson, String refid, String body) {
        return matcher(themesJson).match(cable(refid, null, List.of(), body, List.of()));
    }

    /** Per theme with a counted match: (theme, hits, terms in text order). */
    static Object[] hits(CableThemes t, boolean subject) {
        List<Row> out = new ArrayList<>();
        for (CableThemes.ThemeScore s : t.scores()) {
            if (!s.evidence().isEmpty()) {
                Object[] terms = s.evidence().stream().map(CableThemes.Evidence::term).toArray();
                out.add(RowFactory.create(s.theme(), subject ? s.subjectHits() : s.hits(), terms));
            }
        }
        return out.toArray();
    }

    /** A cable holding only what the matcher reads. */
    static Cable cable(String refid, String subject, List<Tag> tags, String body, List<Paragraph> paragraphs) {
        return new Cable(null, null, null, refid, null, null, null, null, null, List.of(), List.of(), null, null,
                List.of(), null, null, null, null, tags, subject, subject, List.of(), null, null, null, List.of(),
                List.of(), body, paragraphs);
    }
}
