package org.cabletrends.cable;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the {@code cables.csv} dialect: no header row, 8 columns
 * {@code id,date,refid,origin,classification,references,header,content}, every field double-quoted, {@code \"} for a
 * quote and {@code \\} for a backslash (a backslash before any other byte is kept as written), fields spanning lines,
 * LF or CRLF row ends. A row that cannot be read (broken quote, wrong field count) becomes a {@link CsvRowError}
 * and reading goes on at the next plausible record start after the row's first byte (see
 * {@link #nextRecordStart}), so rows a broken quote swallowed are still read. Never throws on bad data; only I/O
 * errors propagate. Not thread-safe.
 */
public final class CablesCsvReader implements Closeable {
    public static final int FIELD_COUNT = 8;
    /** Rows longer than this are reported as errors rather than buffered (guards against a runaway quote). */
    public static final int DEFAULT_MAX_ROW_BYTES = 64 << 20;

    private final InputStream in;
    private final int maxRowBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    /** Index in buf of the current row's first byte; bytes from here on survive compaction. */
    private int mark;
    /** Absolute offset of buf[0]. */
    private long base;
    private long line = 1;
    private long rows;
    private boolean eof;
    private final ByteBuilder field = new ByteBuilder();
    private final List<byte[]> fields = new ArrayList<>(FIELD_COUNT);

    public CablesCsvReader(InputStream in) {
        this(in, DEFAULT_MAX_ROW_BYTES);
    }

    public CablesCsvReader(InputStream in, int maxRowBytes) {
        this(in, maxRowBytes, 1 << 16);
    }

    /** Tests use a tiny buffer to exercise compaction and growth. */
    CablesCsvReader(InputStream in, int maxRowBytes, int bufferBytes) {
        if (in == null || maxRowBytes < 16 || bufferBytes < 4 || bufferBytes > maxRowBytes) {
            throw new IllegalArgumentException("Invalid reader arguments: maxRowBytes " + maxRowBytes
                    + ", bufferBytes " + bufferBytes);
        }
        this.in = in;
        this.maxRowBytes = maxRowBytes;
        this.buf = new byte[bufferBytes];
    }

    /** Reads a whole file, handing each row to one of the two consumers in input order. */
    public static void read(Path file, Consumer<CsvCableRecord> records, Consumer<CsvRowError> errors)
            throws IOException {
        try (CablesCsvReader reader = new CablesCsvReader(Files.newInputStream(file))) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                if (row instanceof CsvCableRecord r) {
                    records.accept(r);
                } else {
                    errors.accept((CsvRowError) row);
                }
            }
        }
    }

    /**
     * Index of the first record start in {@code buf[from, to)}: a position {@code i} at a line start
     * ({@code i == 0} or {@code buf[i-1] == '\n'}) where the bytes read {@code "}, one or more ASCII digits,
     * {@code ","}, the whole match lying before {@code to}; -1 when there is none.
     * <p>
     * Limits of the heuristic: a line inside a content field that itself begins like {@code "123","} is taken for a
     * record start (no such line occurs in the real corpus); a row whose id is not all digits is never found. Index
     * 0 counts as a line start, so a caller scanning a window from the middle of a file should begin the window one
     * byte before the split point and pass {@code from = 1}; a match cut off at {@code to} is not reported, so
     * windows should overlap by at least one line.
     */
    public static int nextRecordStart(byte[] buf, int from, int to) {
        if (buf == null || from < 0 || to > buf.length || from > to) {
            throw new IllegalArgumentException("Invalid range " + from + ".." + to);
        }
        for (int i = from; i < to; i++) {
            if ((i == 0 || buf[i - 1] == '\n') && buf[i] == '"' && matchesIdPrefix(buf, i + 1, to)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesIdPrefix(byte[] buf, int i, int to) {
        int digits = 0;
        while (i < to && buf[i] >= '0' && buf[i] <= '9') {
            i++;
            digits++;
        }
        return digits > 0 && i + 3 <= to && buf[i] == '"' && buf[i + 1] == ',' && buf[i + 2] == '"';
    }

    /** The next row, or null at the end of the input. */
    public CsvRow next() throws IOException {
        skipBomAndBlankLines();
        if (!fill(1)) {
            return null;
        }
        mark = pos;
        long startLine = line;
        long start = base + pos;
        String failure = readRow();
        if (failure == null) {
            return record(start, decodeFields());
        }
        long errLine = line;
        long errColumn = column();
        pos = mark + 1;
        line = startLine;
        resync();
        return new CsvRowError(++rows, start, errLine, errColumn, failure, base + pos - start);
    }

    /** Reads one row into {@link #fields}; returns null when well formed, else the reason it is not. */
    private String readRow() throws IOException {
        fields.clear();
        while (true) {
            if (buf[pos] != '"') {
                return "Invalid field start: expected '\"' but found " + describe(buf[pos]);
            }
            pos++;
            String failure = readQuotedField();
            if (failure != null) {
                return failure;
            }
            fields.add(field.toArray());
            if (!fill(1)) {
                return endOfRow();
            }
            byte b = buf[pos];
            if (b == ',' && fill(2)) {
                pos++;
                continue;
            }
            if (b == '\n' || b == '\r' && fill(2) && buf[pos + 1] == '\n') {
                String end = endOfRow(); // checked before the line end so the error points at this line
                if (end == null) {
                    pos += b == '\r' ? 2 : 1;
                    line++;
                }
                return end;
            }
            return "Invalid character after closing quote: " + describe(b) + " (unescaped quote in field "
                    + fields.size() + "?)";
        }
    }

    private String endOfRow() {
        return fields.size() == FIELD_COUNT ? null
                : "Invalid field count: " + fields.size() + " (expected " + FIELD_COUNT + ")";
    }

    /** Reads a field's bytes after its opening quote, consuming the closing quote; null when done. */
    private String readQuotedField() throws IOException {
        field.clear();
        while (true) {
            if (!fill(1)) {
                return eof ? "Cannot find closing quote before end of input" : tooLong();
            }
            byte b = buf[pos++];
            if (b == '\\' && fill(1) && (buf[pos] == '"' || buf[pos] == '\\')) {
                field.add(buf[pos++]);
            } else if (b == '"') {
                return null;
            } else {
                line += b == '\n' ? 1 : 0;
                field.add(b);
            }
        }
    }

    private String tooLong() {
        return "Cannot read row: longer than " + maxRowBytes + " bytes (runaway quote?)";
    }

    private CsvCableRecord record(long start, String[] f) {
        return new CsvCableRecord(++rows, start, base + pos - start, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    }

    private String[] decodeFields() {
        String[] out = new String[FIELD_COUNT];
        List<ParseIssue> ignored = new ArrayList<>();
        for (int i = 0; i < FIELD_COUNT; i++) {
            out[i] = TextDecoder.decode(fields.get(i), ignored);
        }
        return out;
    }

    /** Moves pos to the next record start at or after pos (or to the end), counting lines on the way. */
    private void resync() throws IOException {
        while (true) {
            mark = pos - 1; // keep the byte before pos: it tells whether pos is a line start
            int found = nextRecordStart(buf, pos, limit);
            if (found >= 0) {
                advanceTo(found);
                return;
            }
            // No complete match before limit; one may be cut off at the start of the last line.
            int lastLineStart = pos;
            for (int i = limit - 1; i >= pos; i--) {
                if (buf[i] == '\n') {
                    lastLineStart = i + 1;
                    break;
                }
            }
            advanceTo(lastLineStart);
            mark = pos - 1;
            if (!fill(limit - pos + 1)) {
                advanceTo(limit); // end of input, or a line too long to hold: skip it
                if (eof) {
                    return;
                }
            }
        }
    }

    private void advanceTo(int target) {
        line += countNewlines(pos, target);
        pos = target;
    }

    private long countNewlines(int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += buf[i] == '\n' ? 1 : 0;
        }
        return n;
    }

    private void skipBomAndBlankLines() throws IOException {
        if (base == 0 && pos == 0 && fill(3) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        while (fill(1) && (buf[pos] == '\n' || buf[pos] == '\r')) {
            line += buf[pos++] == '\n' ? 1 : 0;
        }
    }

    /** Ensures {@code need} bytes from pos are buffered; false at end of input or when the row would be too long. */
    private boolean fill(int need) throws IOException {
        while (limit - pos < need) {
            if (eof) {
                return false;
            }
            if (limit == buf.length && !makeRoom()) {
                return false;
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return true;
    }

    private boolean makeRoom() {
        int keep = Math.min(mark, pos);
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            base += keep;
            pos -= keep;
            mark -= keep;
            limit -= keep;
            return true;
        }
        if (buf.length >= maxRowBytes) {
            return false;
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRowBytes));
        return true;
    }

    private long column() {
        int i = Math.min(pos, limit) - 1;
        while (i >= 0 && buf[i] != '\n') {
            i--;
        }
        return Math.min(pos, limit) - i;
    }

    private static String describe(byte b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("0x%02X", b & 0xFF);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
