package org.cabletrends.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cabletrends.cable.CablesCsvReader;
import org.cabletrends.cable.CsvCableRecord;
import org.cabletrends.cable.CsvRow;
import org.cabletrends.cable.CsvRowError;

/**
 * Splits one record of the cables.csv dialect (as cut by {@link CablesCsvInputFormat}) into its fields. The default
 * reuses {@link CablesCsvReader}'s field parsing ({@code \"} and {@code \\} escapes, multi-line fields) on the
 * record's bytes alone.
 */
@FunctionalInterface
public interface CsvRowParser extends java.io.Serializable {
    /** The fields, or an {@link IllegalArgumentException} whose message says why the record cannot be read. */
    CsvFields parse(byte[] record);

    /** The project's reader: one record's bytes must read as exactly one well-formed row. */
    static CsvRowParser standard() {
        return record -> {
            try (CablesCsvReader reader = new CablesCsvReader(new ByteArrayInputStream(record))) {
                CsvRow row = reader.next();
                if (row instanceof CsvRowError e) {
                    throw new IllegalArgumentException(e.reason());
                }
                if (!(row instanceof CsvCableRecord r)) {
                    throw new IllegalArgumentException("Cannot read an empty record");
                }
                if (reader.next() != null) {
                    throw new IllegalArgumentException("Invalid record: more than one row before the next record start");
                }
                return new CsvFields(r.id(), r.date(), r.refid(), r.cableText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
