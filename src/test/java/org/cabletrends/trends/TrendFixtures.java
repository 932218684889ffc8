package org.cabletrends.trends;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Hand-built {@code cables} and {@code cable_themes} rows for trend tests (invented ids and terms). */
final class TrendFixtures {
    static final StructType CABLES = new StructType().add("refid", "string").add("origin", "string")
            .add("dtg", "timestamp").add("year", "int").add("month", "int");

    private final List<Row> cables = new ArrayList<>();
    private final List<Row> themes = new ArrayList<>();

    /**
     * {@code n} cables of {@code post} in year-month, the first {@code onTheme} of them talking about {@code theme}
     * (text_score 1.5, the given evidence terms in paragraph 2) and the next {@code weak} ones scoring 0.25 (below the default threshold).
     */
    TrendFixtures month(String post, int year, int month, int n, String theme, int onTheme, int weak,
                        String... terms) {
        for (int i = 0; i < n; i++) {
            String refid = String.format("%02dX%s%d%02d%03d", year % 100, post.replace(" ", ""), year, month, i);
            Timestamp dtg = Timestamp.from(LocalDateTime.of(year, month, 1 + i % 28, 9, 0).toInstant(ZoneOffset.UTC));
            cables.add(RowFactory.create(refid, post, dtg, year, month));
            if (i < onTheme) {
                themes.add(theme(refid, theme, 1.5 + i / 1000.0, terms));
            } else if (i < onTheme + weak) {
                themes.add(theme(refid, theme, 0.25, terms));
            }
        }
        return this;
    }

    static Row theme(String refid, String theme, double score, String... terms) {
        List<Row> evidence = new ArrayList<>();
        for (String t : terms) {
            evidence.add(RowFactory.create(2, t));
        }
        return RowFactory.create(refid, theme, (double) terms.length, score, false, List.of(2, 3), evidence);
    }

    Dataset<Row> cables(SparkSession spark) {
        return spark.createDataFrame(cables, CABLES);
    }

    Dataset<Row> cableThemes(SparkSession spark) {
        return spark.createDataFrame(themes, TrendSchemas.CABLE_THEMES);
    }
}
