package org.cabletrends.cable;

/** Stable codes for parse issues; documented in docs/PARSER.md. Never renumber or rename: tables store them. */
public enum IssueCode {
    EMPTY_INPUT,
    BINARY_INPUT,
    DECODING_FALLBACK,
    INVALID_ENCODING,
    INPUT_TRUNCATED,
    NO_HEADER,
    MISSING_REFID,
    GARBLED_REFID,
    REFID_FROM_SOURCE,
    MISSING_DTG,
    INVALID_DTG,
    MISSING_ORIGIN,
    UNKNOWN_ORIGIN,
    MISSING_CLASSIFICATION,
    AMBIGUOUS_CLASSIFICATION,
    MISSING_TAGS,
    UNKNOWN_TAG,
    MISSING_SUBJECT,
    INVALID_SECTION,
    INVALID_DECLASSIFICATION_DATE,
    UNTERMINATED_SUMMARY,
    UNTERMINATED_COMMENT,
    PARAGRAPH_SEQUENCE,
    NO_PARAGRAPHS,
    MISSING_SIGNER,
    BODY_CUT_OFF,
    MALFORMED_CSV_ROW,
    MIXED_LINE_ENDINGS,
    /** The input could not be read at all (an I/O error); reported by the readers, not the parser. */
    UNREADABLE_INPUT,
    /** A bug in the parser: it caught its own failure and returned what it had. */
    INTERNAL_ERROR
}
