package org.cabletrends.cable;

/**
 * One well-formed row of the {@code cables.csv} dialect, fields unescaped. {@code byteOffset} and
 * {@code byteLength} locate the raw row (line terminator included) in the input.
 */
public record CsvCableRecord(long row, long byteOffset, long byteLength, String id, String date, String refid,
        String origin, String classification, String references, String header, String content)
        implements CsvRow {

    public CsvCableRecord {
        if (row < 1 || byteOffset < 0 || byteLength < 0) {
            throw new IllegalArgumentException("Invalid CSV record position: row " + row + " at byte " + byteOffset);
        }
        id = nonNull(id);
        date = nonNull(date);
        refid = nonNull(refid);
        origin = nonNull(origin);
        classification = nonNull(classification);
        references = nonNull(references);
        header = nonNull(header);
        content = nonNull(content);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * The cable as one text: header, a blank line, content; or the content alone when the header is blank. The
     * cablegate site pages are this same join (they add only a weekday date line after the blank line), so a row
     * and its site page parse to the same cable.
     */
    public String cableText() {
        return header.isBlank() ? content : header + "\n\n" + content;
    }
}
