package org.cabletrends.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Field parser for the cables.csv dialect: 8 fields, each quoted, separated by commas, quotes inside written
 * {@code \"}, other backslashes literal. A {@code \"} that ends the record closes the last field (content ending in a
 * backslash), because a record always ends with a closing quote.
 */
public final class BackslashCsvRowParser implements CsvRowParser {
    private static final long serialVersionUID = 1L;
    static final int FIELDS = 8;

    @Override
    public CsvRow parse(byte[] record) {
        List<byte[]> f = split(record);
        return new CsvRow(text(f.get(0)), text(f.get(1)), text(f.get(2)), text(f.get(3)), text(f.get(4)),
                text(f.get(5)), f.get(6), f.get(7));
    }

    static List<byte[]> split(byte[] b) {
        List<byte[]> fields = new ArrayList<>(FIELDS);
        int n = b.length;
        int i = 0;
        while (true) {
            if (i >= n || b[i] != '"') {
                throw new IllegalArgumentException("Cannot read field " + (fields.size() + 1) + ": no opening quote at byte " + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            i = readQuoted(b, i + 1, out, fields.size() + 1);
            fields.add(out.toByteArray());
            if (fields.size() == FIELDS) {
                if (i != n) {
                    throw new IllegalArgumentException("Cannot read record: " + (n - i) + " bytes after field 8");
                }
                return fields;
            }
            if (i >= n || b[i] != ',') {
                throw new IllegalArgumentException("Cannot read record: " + (fields.size() < FIELDS && i >= n
                        ? "only " + fields.size() + " fields" : "no comma after field " + fields.size()));
            }
            i++;
        }
    }

    /** Copies a quoted field's bytes from {@code i} to {@code out}; returns the index after the closing quote. */
    private static int readQuoted(byte[] b, int i, ByteArrayOutputStream out, int field) {
        int n = b.length;
        while (i < n) {
            byte c = b[i];
            if (c == '\\' && i + 1 < n && b[i + 1] == '"' && i + 2 < n) {
                out.write('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                out.write(c);
                i++;
            }
        }
        throw new IllegalArgumentException("Cannot read field " + field + ": no closing quote");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).trim();
    }
}
