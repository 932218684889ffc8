package org.cabletrends.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.IssueCode;
import org.cabletrends.cable.ParseIssue;
import org.cabletrends.cable.ParseResult;
import org.cabletrends.cable.Severity;

/**
 * Turns one input unit (a cable file's bytes or a cables.csv record) into a unit row: a cable, or a reject with a
 * reason. The rules (docs/SCHEMAS.md, "rejects"): empty or whitespace-only input, binary input (a NUL byte in the
 * first 8 KiB, or what the parser calls binary), a CSV record whose fields cannot be read, and a cable without a
 * refid. The parser itself falls back to a file name such as {@code 09ASTANA1771.txt}; a CSV record whose text gives
 * no refid takes the record's refid column when that looks like a refid (REFID_FROM_SOURCE, INFO).
 */
final class CableUnits {
    static final String EMPTY_INPUT = "empty_input";
    static final String BINARY_INPUT = "binary_input";
    static final String MALFORMED_CSV_ROW = "malformed_csv_row";
    static final String MISSING_REFID = "missing_refid";
    static final String UNREADABLE = "unreadable";

    /** A canonical-looking refid: two year digits, letters, then the serial (garbled ones included). */
    static final Pattern REFID = Pattern.compile("[0-9]{2}[A-Z][A-Z0-9-]*[0-9]+");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
    private static final int BINARY_PROBE = 8192;

    private CableUnits() {
    }

    static Row fromFile(String source, byte[] bytes) {
        UnitRows.Origin o = new UnitRows.Origin(source, 0, bytes.length, sha256(bytes), false);
        String blocked = isBlank(bytes) ? EMPTY_INPUT : isBinary(bytes) ? BINARY_INPUT : null;
        return blocked != null ? blocked(o, blocked) : fromParse(o, CableParser.parse(source, bytes), null, null);
    }

    static Row unreadable(String source, long length, String message) {
        UnitRows.Origin o = new UnitRows.Origin(source, 0, length, null, false);
        return UnitRows.reject(o, UNREADABLE, List.of(new ParseIssue(IssueCode.UNREADABLE_INPUT, Severity.ERROR, 0, 0,
                "Cannot read " + source + ": " + message)));
    }

    static Row fromCsvRecord(String path, long offset, byte[] record, CsvRowParser parser) {
        UnitRows.Origin o = new UnitRows.Origin(path + "@" + offset, offset, record.length, sha256(record), true);
        CsvFields row;
        try {
            row = parser.parse(record);
        } catch (IllegalArgumentException e) {
            return UnitRows.reject(o, MALFORMED_CSV_ROW,
                    List.of(new ParseIssue(IssueCode.MALFORMED_CSV_ROW, Severity.ERROR, 0, 0, e.getMessage())));
        }
        if (row.text().isBlank()) {
            return blocked(o, EMPTY_INPUT);
        }
        return fromParse(o, CableParser.parse(o.source(), row.text()), row.refid(), csvDate(row.date()));
    }

    private static Row blocked(UnitRows.Origin o, String reason) {
        IssueCode code = reason.equals(EMPTY_INPUT) ? IssueCode.EMPTY_INPUT : IssueCode.BINARY_INPUT;
        return UnitRows.reject(o, reason, List.of(new ParseIssue(code, Severity.ERROR, 0, 0,
                "Cannot read a cable from " + (reason.equals(EMPTY_INPUT) ? "empty" : "binary") + " input")));
    }

    /** The parse as a cable, or a reject when the parser saw empty/binary text or no refid could be had. */
    private static Row fromParse(UnitRows.Origin o, ParseResult parsed, String csvRefid, LocalDateTime csvTime) {
        List<ParseIssue> issues = new ArrayList<>(parsed.issues());
        for (ParseIssue i : issues) {
            if (i.code() == IssueCode.EMPTY_INPUT || i.code() == IssueCode.BINARY_INPUT) {
                return UnitRows.reject(o, i.code() == IssueCode.EMPTY_INPUT ? EMPTY_INPUT : BINARY_INPUT, issues);
            }
        }
        Cable cable = parsed.cable();
        String refid = cable.refid();
        if (refid == null && csvRefid != null && REFID.matcher(csvRefid).matches()) {
            refid = csvRefid;
            issues.add(new ParseIssue(IssueCode.REFID_FROM_SOURCE, Severity.INFO, 0, 0,
                    "Cable id taken from the CSV refid column '" + csvRefid + "'"));
        }
        if (refid == null) {
            return UnitRows.reject(o, MISSING_REFID, issues);
        }
        Integer[] ym = yearMonth(cable, csvTime, refid);
        return UnitRows.cable(o, cable, refid, issues, ym[0], ym[1]);
    }

    /** Year and month of the DTG (UTC), else of the CSV date column, else the year of the refid's two digits. */
    static Integer[] yearMonth(Cable cable, LocalDateTime fallbackTime, String refid) {
        if (cable.dtg() != null) {
            ZonedDateTime t = cable.dtg().atZone(ZoneOffset.UTC);
            return new Integer[] {t.getYear(), t.getMonthValue()};
        }
        if (fallbackTime != null) {
            return new Integer[] {fallbackTime.getYear(), fallbackTime.getMonthValue()};
        }
        if (refid.length() < 2 || !Character.isDigit(refid.charAt(0)) || !Character.isDigit(refid.charAt(1))) {
            return new Integer[] {null, null};
        }
        int yy = Integer.parseInt(refid.substring(0, 2));
        return new Integer[] {yy >= 66 ? 1900 + yy : 2000 + yy, null};
    }

    static LocalDateTime csvDate(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDateTime.parse(date.trim(), CSV_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte c : b) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBinary(byte[] b) {
        for (int i = 0; i < Math.min(b.length, BINARY_PROBE); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash: SHA-256 missing", e);
        }
    }
}
