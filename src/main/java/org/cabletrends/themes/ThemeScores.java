package org.cabletrends.themes;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark side of the themes: the {@code cables} and {@code paragraphs} tables (docs/SCHEMAS.md) to the
 * {@code cable_themes} table, one row per (cable, theme) with a text match or a tag signal, and the
 * {@code paragraph_themes} table, one row per (paragraph or subject, theme) with a match (docs/THEMES.md). Text is
 * matched per part where it is stored ({@link ThemeParts}); a cable's parts are then combined in text order, which
 * gives exactly {@code ThemeMatcher.match} of the whole cable (tested).
 */
public final class ThemeScores {
    public static final StructType EVIDENCE = new StructType()
            .add("paragraph", DataTypes.IntegerType, false)
            .add("term", DataTypes.StringType, false);
    public static final StructType SCHEMA = new StructType()
            .add("refid", DataTypes.StringType, true)
            .add("theme", DataTypes.StringType, false)
            .add("hits", DataTypes.DoubleType, false)
            .add("text_score", DataTypes.DoubleType, false)
            .add("tag_signal", DataTypes.BooleanType, false)
            .add("paragraphs", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("evidence", DataTypes.createArrayType(EVIDENCE, false), false);
    public static final StructType PARAGRAPH_SCHEMA = new StructType()
            .add("refid", DataTypes.StringType, true)
            .add("number", DataTypes.IntegerType, false)
            .add("theme", DataTypes.StringType, false)
            .add("hits", DataTypes.DoubleType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private ThemeScores() {
    }

    /** {@code cable_themes} for the shipped themes. */
    public static Dataset<Row> score(Dataset<Row> cables, Dataset<Row> paragraphs) {
        return score(cables, paragraphs, ThemeDefinitions.defaultJson());
    }

    /** {@code cable_themes} for the themes file text {@code themesJson} (validated here, on the driver). */
    public static Dataset<Row> score(Dataset<Row> cables, Dataset<Row> paragraphs, String themesJson) {
        return cableThemes(perCable(cables, ThemeParts.of(cables, paragraphs, themesJson), themesJson), themesJson);
    }

    /** The matched parts (subjects and paragraphs) of {@code cables}: see {@link ThemeParts}. */
    public static Dataset<Row> parts(Dataset<Row> cables, Dataset<Row> paragraphs, String themesJson) {
        return ThemeParts.of(cables, paragraphs, themesJson);
    }

    /** {@code paragraph_themes} from {@link #perCable}; the subject line is paragraph −1, as in the evidence. */
    public static Dataset<Row> paragraphThemes(Dataset<Row> perCable) {
        Dataset<Row> rows = perCable.select(col("refid"), explode(col("parts")).as("p"))
                .select(col("refid"), col("p.number").as("number"), explode(col("p.themes")).as("t"))
                .select(col("refid"), col("number"), col("t.theme"), col("t.hits"), col("t.terms"));
        return rows.sparkSession().createDataFrame(rows.rdd(), PARAGRAPH_SCHEMA);
    }

    /**
     * One row per cable: refid, analysed tokens, TAGS themes and its parts with matches (any order), without caching
     * (the themes stage caches {@link #grouped} and collects {@link #bodyParts} instead, so text is matched once).
     */
    public static Dataset<Row> perCable(Dataset<Row> cables, Dataset<Row> parts, String themesJson) {
        Dataset<Row> grouped = grouped(parts);
        return withBodies(grouped, bodyParts(cables, grouped, themesJson));
    }

    /**
     * The parts grouped per cable: refid, tokens, paragraph_parts (paragraph rows), tag_themes, has_body and the
     * parts with matches; one row per cable that has a subject or paragraph row.
     */
    public static Dataset<Row> grouped(Dataset<Row> parts) {
        return parts.groupBy("refid").agg(sum("tokens").as("tokens"),
                count(when(col("tag_themes").isNull(), lit(1))).as("paragraph_parts"),
                first("tag_themes", true).as("tag_themes"), max("has_body").as("has_body"),
                collect_list(when(size(col("themes")).gt(0),
                        struct(col("start"), col("number"), col("themes"), col("tokens")))).as("parts"));
    }

    /**
     * The body of each cable that has no paragraph row but a body, matched as paragraph 0 (as the matcher does):
     * b_refid, b_tokens, b_part. Such cables are few (fragments, texts without paragraph markers).
     */
    public static Dataset<Row> bodyParts(Dataset<Row> cables, Dataset<Row> grouped, String themesJson) {
        Dataset<Row> bodyless = bodyless(grouped);
        return cables.select("refid", "body").join(broadcast(bodyless), "refid", "left_semi")
                .map((MapFunction<Row, Row>) r -> bodyPart(themesJson, r), Encoders.row(BODY_PART));
    }

    /** {@link #grouped} with the body parts added: refid, tokens, tag_themes, parts. */
    public static Dataset<Row> withBodies(Dataset<Row> grouped, Dataset<Row> bodyParts) {
        Column parts = when(col("b_part").isNull(), col("parts"))
                .otherwise(concat(col("parts"), array(col("b_part"))));
        return grouped.join(broadcast(bodyParts), grouped.col("refid").eqNullSafe(bodyParts.col("b_refid")), "left")
                .select(col("refid"), col("tokens").plus(coalesce(col("b_tokens"), lit(0L))).as("tokens"),
                        col("tag_themes"), parts.as("parts"));
    }

    /**
     * {@link #bodyParts} of a cached {@link #grouped} as a local table (collected on the driver: small); the cables'
     * text is not read at all when no cable needs its body matched.
     */
    public static Dataset<Row> localBodyParts(Dataset<Row> cables, Dataset<Row> cachedGrouped, String themesJson) {
        List<Row> rows = bodyless(cachedGrouped).isEmpty() ? List.of()
                : bodyParts(cables, cachedGrouped, themesJson).collectAsList();
        return cables.sparkSession().createDataFrame(rows, BODY_PART);
    }

    private static Dataset<Row> bodyless(Dataset<Row> grouped) {
        return grouped.filter(col("paragraph_parts").equalTo(0).and(col("has_body"))).select("refid");
    }

    private static final StructType PART = new StructType().add("start", DataTypes.IntegerType, false)
            .add("number", DataTypes.IntegerType, false)
            .add("themes", DataTypes.createArrayType(ThemeParts.THEME_HITS, false), false)
            .add("tokens", DataTypes.IntegerType, false);
    private static final StructType BODY_PART = new StructType().add("b_refid", DataTypes.StringType)
            .add("b_tokens", DataTypes.LongType).add("b_part", PART);

    private static Row bodyPart(String themesJson, Row r) {
        CableThemes t = ThemeParts.body(themesJson, r.getString(0), r.getString(1));
        return RowFactory.create(r.getString(0), (long) t.tokens(),
                RowFactory.create(0, 0, ThemeParts.hits(t, false), t.tokens()));
    }

    /** {@code cable_themes} from {@link #perCable}. */
    public static Dataset<Row> cableThemes(Dataset<Row> perCable, String themesJson) {
        List<String> ids = ThemeParts.matcher(themesJson).themes().stream().map(ThemeDefinition::id).toList();
        return perCable.flatMap((FlatMapFunction<Row, Row>) r -> combine(ids, r), Encoders.row(SCHEMA));
    }

    /** A cable's parts in text order (subject first), summed as the matcher sums them. */
    private static Iterator<Row> combine(List<String> ids, Row r) {
        List<Row> parts = new ArrayList<>(r.<Row>getList(3));
        parts.sort(Comparator.<Row>comparingInt(p -> p.getInt(0)).thenComparingInt(p -> p.getInt(1)));
        Map<String, Sums> byTheme = new HashMap<>();
        for (Row part : parts) {
            boolean subject = part.getInt(0) == ThemeParts.SUBJECT_START;
            for (Row h : part.<Row>getList(2)) {
                // The subject's matches carry the matcher's subject weight, which depends on the subject's length.
                double weight = subject ? ThemeMatcher.subjectWeight(part.getInt(3)) : 1.0;
                byTheme.computeIfAbsent(h.getString(0), k -> new Sums()).add(subject, weight, part.getInt(1), h);
            }
        }
        List<String> tagged = r.isNullAt(2) ? List.of() : r.getList(2);
        int tokens = (int) r.getLong(1);
        List<Row> out = new ArrayList<>();
        for (String id : ids) {
            Sums s = byTheme.get(id);
            boolean tag = tagged.contains(id);
            if (s != null || tag) {
                s = s == null ? new Sums() : s;
                out.add(RowFactory.create(r.getString(0), id, s.hits,
                        ThemeMatcher.textScore(s.hits + s.weightedSubjectHits, tokens), tag, s.paragraphs.toArray(),
                        s.evidence.toArray()));
            }
        }
        return out.iterator();
    }

    /** One theme's totals over a cable's parts. */
    private static final class Sums {
        double hits;
        double weightedSubjectHits;
        final TreeSet<Integer> paragraphs = new TreeSet<>();
        final List<Row> evidence = new ArrayList<>();

        void add(boolean subject, double weight, int number, Row h) {
            if (subject) {
                weightedSubjectHits += weight * h.getDouble(1);
            } else {
                hits += h.getDouble(1);
                paragraphs.add(number);
            }
            for (Object term : h.getList(2)) {
                evidence.add(RowFactory.create(number, term));
            }
        }
    }
}
