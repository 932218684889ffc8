package org.cabletrends.config;

import java.util.List;

/** How the cables and paragraphs tables are partitioned on disk. */
public enum PartitionBy {
    YEAR(List.of("year")),
    YEAR_MONTH(List.of("year", "month"));

    private final List<String> columns;

    PartitionBy(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
