package org.cabletrends.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where records of the cables.csv dialect start, decided from local bytes only so that every split reader agrees:
 * a record starts at a line that follows a line ending in {@code "} (or the start of the file) and that begins
 * {@code "<digits>","<M/d/yyyy H:mm>","<refid>","<origin>","<classification>","}. Inside a field quotes are written
 * {@code \"}, so in a well-formed file a line inside a field never both follows an unescaped closing quote and starts
 * like this. The rule is stricter than {@code CablesCsvReader.nextRecordStart} (which looks at the id only) because
 * split readers, unlike a stream reader, meet these lines without knowing whether they are inside a field.
 */
public final class CsvRecordStarts {
    private static final Pattern START = Pattern.compile(
            "^\"\\d{1,12}\",\"\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}\",\"[^\"\\\\\\r\\n]*\",\"[^\"\\\\\\r\\n]*\",\"[^\"\\\\\\r\\n]*\",\"");
    private static final int PREFIX = 512;

    private CsvRecordStarts() {
    }

    /** Whether the line (bytes {@code [0, length)}, terminator included or not) opens a record. */
    public static boolean isRecordStart(byte[] line, int length) {
        if (length < 2 || line[0] != '"' || line[1] < '0' || line[1] > '9') {
            return false;
        }
        String head = new String(line, 0, Math.min(length, PREFIX), StandardCharsets.ISO_8859_1);
        return START.matcher(head).find();
    }

    /** Whether the line's last byte before its terminator is a quote: the only way a record can end. */
    public static boolean endsWithQuote(byte[] line, int length) {
        int n = length;
        if (n > 0 && line[n - 1] == '\n') {
            n--;
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        return n > 0 && line[n - 1] == '"';
    }
}
