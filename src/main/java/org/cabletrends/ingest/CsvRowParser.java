package org.cabletrends.ingest;

/**
 * Splits one record of the cables.csv dialect (as cut by {@link CablesCsvInputFormat}) into its fields. An interface
 * so the field parsing of {@code org.cabletrends.cable.CablesCsvReader} can replace {@link BackslashCsvRowParser}.
 */
@FunctionalInterface
public interface CsvRowParser extends java.io.Serializable {
    /** The row, or an {@link IllegalArgumentException} whose message says why the record cannot be read. */
    CsvRow parse(byte[] record);
}
