package org.cabletrends.cable;

/** One row read by {@link CablesCsvReader}: a well-formed {@link CsvCableRecord} or a {@link CsvRowError}. */
public sealed interface CsvRow permits CsvCableRecord, CsvRowError {
    /** 1-based ordinal of the row among all rows (records and errors) read by the reader. */
    long row();

    /** Byte offset of the row's first byte in the input. */
    long byteOffset();
}
