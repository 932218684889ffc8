package org.cabletrends.trends;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The result of {@link ThemeAggregates}: the four tables, and where they were written (table name → path; empty when
 * the action was not given a run directory).
 */
public record ThemeTrends(Dataset<Row> monthly, Dataset<Row> yearly, Dataset<Row> keywords, Dataset<Row> bursts,
                          Map<String, String> paths) {
    public ThemeTrends {
        paths = Map.copyOf(paths);
    }
}
