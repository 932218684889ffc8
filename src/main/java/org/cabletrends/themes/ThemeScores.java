package org.cabletrends.themes;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
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
 * Spark side of the themes: maps the {@code cables} and {@code paragraphs} tables (docs/SCHEMAS.md) to the
 * {@code cable_themes} table, one row per (cable, theme) with a text match or a tag signal (docs/THEMES.md).
 * Executors compile their own {@link ThemeMatcher} once per JVM from the themes file text.
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

    private static final Map<String, ThemeMatcher> MATCHERS = new ConcurrentHashMap<>();

    private ThemeScores() {
    }

    /** {@code cable_themes} for the shipped themes. */
    public static Dataset<Row> score(Dataset<Row> cables, Dataset<Row> paragraphs) {
        return score(cables, paragraphs, ThemeDefinitions.defaultJson());
    }

    /** {@code cable_themes} for the themes file text {@code themesJson} (validated here, on the driver). */
    public static Dataset<Row> score(Dataset<Row> cables, Dataset<Row> paragraphs, String themesJson) {
        matcher(themesJson);
        Dataset<Row> grouped = paragraphs.groupBy("refid")
                .agg(collect_list(struct(col("number"), col("text"))).as("paras"));
        Dataset<Row> input = cables.select(col("refid"), col("subject"), col("tags.code").as("tag_codes"),
                col("body")).join(grouped, "refid", "left");
        return input.flatMap((FlatMapFunction<Row, Row>) r -> rows(matcher(themesJson), r), Encoders.row(SCHEMA));
    }

    private static ThemeMatcher matcher(String json) {
        return MATCHERS.computeIfAbsent(json, j -> new ThemeMatcher(ThemeDefinitions.parse(j, "themes_file")));
    }

    private static Iterator<Row> rows(ThemeMatcher matcher, Row r) {
        CableThemes themes = matcher.match(cable(r));
        List<Row> out = new ArrayList<>();
        for (CableThemes.ThemeScore s : themes.scores()) {
            if (s.evidence().isEmpty() && !s.tagSignal()) {
                continue;
            }
            List<Row> evidence = s.evidence().stream().map(e -> RowFactory.create(e.paragraph(), e.term())).toList();
            out.add(RowFactory.create(themes.refid(), s.theme(), s.hits(), s.textScore(), s.tagSignal(),
                    s.paragraphs().toArray(), evidence.toArray()));
        }
        return out.iterator();
    }

    /** The fields the matcher reads; paragraphs sorted by number (collect_list has no order). */
    static Cable cable(Row r) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Row> paras = r.isNullAt(r.fieldIndex("paras")) ? List.of() : r.getList(r.fieldIndex("paras"));
        for (Row p : paras) {
            paragraphs.add(new Paragraph(p.getInt(0), null, null, p.getString(1), 0, 0));
        }
        paragraphs.sort(Comparator.comparingInt(Paragraph::number));
        List<String> codes = r.isNullAt(r.fieldIndex("tag_codes")) ? List.of() : r.getList(r.fieldIndex("tag_codes"));
        List<Tag> tags = codes.stream().filter(c -> c != null && !c.isBlank()).map(c -> new Tag(c, null)).toList();
        String subject = r.getString(r.fieldIndex("subject"));
        return new Cable(null, null, null, r.getString(r.fieldIndex("refid")), null, null, null, null, null,
                List.of(), List.of(), null, null, List.of(), null, null, null, null, tags, subject, subject,
                List.of(), null, null, null, List.of(), List.of(), r.getString(r.fieldIndex("body")), paragraphs);
    }
}
