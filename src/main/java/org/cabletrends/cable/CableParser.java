package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one cable's text in any known form into a {@link Cable}. Lenient: it never throws on bad text; what it
 * cannot read becomes a {@link ParseIssue} with a position. Thread-safe and stateless.
 */
public final class CableParser {
    private CableParser() {
    }

    /** Parses raw bytes: UTF-8 with a cp1252 fallback, BOM tolerated. */
    public static ParseResult parse(String sourceId, byte[] bytes) {
        List<ParseIssue> issues = new ArrayList<>();
        String text = TextDecoder.decode(bytes, issues);
        ParseResult result = parse(sourceId, text);
        issues.addAll(result.issues());
        return new ParseResult(result.cable(), issues);
    }

    /** Parses decoded text. */
    public static ParseResult parse(String sourceId, String text) {
        // Placeholder until the parser lands in the next commit.
        return new ParseResult(new Cable(sourceId, SourceForm.UNKNOWN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, text == null ? "" : text, null),
                List.of(new ParseIssue(IssueCode.NO_HEADER, Severity.ERROR, 0, 0, "Cannot parse yet")));
    }
}
