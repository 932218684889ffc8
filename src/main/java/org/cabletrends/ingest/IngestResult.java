package org.cabletrends.ingest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one ingest run did. {@code rows} maps each table of {@link IngestSchemas#TABLES} to its row count,
 * {@code stageSeconds} each stage to its wall time, {@code tablePaths} each table to its directory in the committed
 * run. {@code status} is {@link Status#OK} only when inputs = cables + rejects + duplicates.
 */
public record IngestResult(
        String runId,
        String runDir,
        Status status,
        String message,
        Inputs inputs,
        Map<String, Long> rows,
        Map<String, Double> stageSeconds,
        Map<String, String> tablePaths,
        Instant startedAt,
        Instant finishedAt) {

    public enum Status { OK, FAILED }

    /**
     * Input counts: files read as one cable each, CSV files and their records, files skipped by name, total bytes,
     * and units (cable files + CSV records), which must equal cables + rejects + duplicates.
     */
    public record Inputs(long cableFiles, long csvFiles, long csvRows, long skippedFiles, long bytes, long units) {
    }

    public IngestResult {
        rows = frozen(rows);
        stageSeconds = frozen(stageSeconds);
        tablePaths = frozen(tablePaths);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
