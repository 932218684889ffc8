package org.cabletrends.cable;

/** The layout a cable's text came in; detected by the parser. */
public enum SourceForm {
    /** Markdown seed form: one-line routing header, {@code ## } headings, {@code [PGOV](#)} tag links, {@code - 11.} paragraphs. */
    SEED_MARKDOWN,
    /** Cablegate site text: routing header block, a blank line, the cable text. */
    SITE,
    /** A site "partial extract" with no routing header. */
    PARTIAL_EXTRACT,
    /** PlusD text with a VZCZC routing header (often CRLF). */
    PLUSD,
    /** A body whose line breaks were collapsed to spaces. */
    FLATTENED,
    /** A row of the cables.csv dialect (header and content fields). */
    CSV_ROW,
    /** Only part of a cable: a header, a subject line, a reference block. */
    FRAGMENT,
    /** Nothing recognisable. */
    UNKNOWN
}
