package org.cabletrends.themes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one themes stage did. {@code rows} maps each table of {@link ScoreThemes#TABLES} to its row count,
 * {@code stageSeconds} each step to its wall time, {@code stageCpuSeconds} to the CPU time of the driver JVM (in local
 * mode, the whole job). {@code status} is OK only when every cable of the run was scored
 * once ({@code cablesScored == cables}); a failed stage commits nothing and leaves an earlier themes folder in place.
 *
 * @param themesDir the committed {@code <run>/themes} folder (null when failed)
 */
public record ThemesResult(String runDir, String themesDir, Status status, String message, long cables,
                           long cablesScored, Map<String, Long> rows, Map<String, Double> stageSeconds,
                           Map<String, Double> stageCpuSeconds, String themesSource, String themesSha256,
                           Instant startedAt, Instant finishedAt) {

    public enum Status { OK, FAILED }

    public ThemesResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
        stageCpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageCpuSeconds));
    }

    public boolean ok() {
        return status == Status.OK;
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    /** A few lines for the console. */
    public String summary() {
        StringBuilder s = new StringBuilder("themes: ").append(ok() ? "ok" : "FAILED").append('\n');
        s.append("themes_dir ").append(themesDir == null ? "(not committed)" : themesDir).append('\n');
        if (message != null) {
            s.append(message).append('\n');
        }
        s.append("cables: in_run=").append(cables).append(" scored=").append(cablesScored)
                .append(" themes_file=").append(themesSource).append('\n');
        s.append("rows:");
        rows.forEach((t, n) -> s.append(' ').append(t).append('=').append(n));
        s.append("\nseconds:");
        stageSeconds.forEach((t, n) -> s.append(' ').append(t).append('=').append(n));
        s.append("\ncpu_seconds:");
        stageCpuSeconds.forEach((t, n) -> s.append(' ').append(t).append('=').append(n));
        return s.toString();
    }
}
