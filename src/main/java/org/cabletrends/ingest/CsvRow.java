package org.cabletrends.ingest;

/**
 * The eight fields of one cables.csv record. Header and content stay bytes so that the parser decodes them (UTF-8 with
 * its cp1252 fallback); the short metadata fields are decoded here.
 */
public record CsvRow(String id, String date, String refid, String origin, String classification, String references,
                     byte[] header, byte[] content) {

    /** The text the cable parser reads: the header block, a blank line, the content (as the site form has it). */
    public byte[] parserInput() {
        if (header.length == 0) {
            return content;
        }
        byte[] out = new byte[header.length + 2 + content.length];
        System.arraycopy(header, 0, out, 0, header.length);
        out[header.length] = '\n';
        out[header.length + 1] = '\n';
        System.arraycopy(content, 0, out, header.length + 2, content.length);
        return out;
    }
}
