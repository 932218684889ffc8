package org.cabletrends.cable;

/**
 * A row of the {@code cables.csv} dialect that could not be read. {@code line} and {@code column} (1-based, column
 * in bytes) say where the problem was found; {@code rawBytesLength} is how many bytes were skipped, up to the next
 * plausible record start.
 */
public record CsvRowError(long row, long byteOffset, long line, long column, String reason, long rawBytesLength)
        implements CsvRow {

    public CsvRowError {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Invalid CSV row error: reason is blank");
        }
    }
}
