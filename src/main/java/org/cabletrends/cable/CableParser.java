package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cable's text in any known form into a {@link Cable}. Lenient like jsoup: it never throws on bad text;
 * what it cannot read becomes a {@link ParseIssue} with a position. Stateless and thread-safe.
 */
public final class CableParser {
    private static final Pattern REFID_IN_SOURCE = Pattern.compile("(?:^|[/\\\\])(\\d{2}[A-Z]{2,30}\\d{1,7})(?:\\.[A-Za-z]+)?$");
    private static final int BINARY_SAMPLE = 4096;

    private CableParser() {
    }

    /** Parses raw bytes: UTF-8 with a cp1252 fallback, BOM tolerated. */
    public static ParseResult parse(String sourceId, byte[] bytes) {
        List<ParseIssue> issues = new ArrayList<>();
        String text;
        try {
            text = TextDecoder.decode(bytes, issues);
        } catch (RuntimeException e) {
            issues.add(new ParseIssue(IssueCode.INTERNAL_ERROR, Severity.ERROR, 0, 0, "Cannot decode: " + e));
            text = "";
        }
        ParseResult result = parse(sourceId, text);
        issues.addAll(result.issues());
        return new ParseResult(result.cable(), issues);
    }

    /** Parses decoded text. */
    public static ParseResult parse(String sourceId, String text) {
        Draft d = new Draft();
        d.sourceId = sourceId;
        String input = text == null ? "" : text;
        if (input.isBlank()) {
            d.body = "";
            return result(d, List.of(new ParseIssue(IssueCode.EMPTY_INPUT, Severity.ERROR, 0, 0, "Cannot parse empty input")));
        }
        if (looksBinary(input)) {
            d.body = "";
            return result(d, List.of(new ParseIssue(IssueCode.BINARY_INPUT, Severity.ERROR, 0, 0,
                    "Cannot parse binary input (" + input.length() + " characters, mostly control characters)")));
        }
        if (FormDetector.isCsvRow(input)) {
            try {
                return CsvRowText.read(sourceId, input);
            } catch (RuntimeException | StackOverflowError e) {
                d.body = "";
                return result(d, List.of(new ParseIssue(IssueCode.INTERNAL_ERROR, Severity.ERROR, 0, 0,
                        "Parser failure on a cables.csv row: " + e)));
            }
        }
        SourceText src = new SourceText(input);
        Issues issues = new Issues(src);
        try {
            read(input, src, d, issues);
        } catch (RuntimeException | StackOverflowError e) {
            issues.whole(IssueCode.INTERNAL_ERROR, Severity.ERROR, "Parser failure, partial result: " + e);
        }
        return result(d, issues.list());
    }

    private static void read(String input, SourceText original, Draft d, Issues issues) {
        if (original.mixedLineEnds) {
            issues.whole(IssueCode.MIXED_LINE_ENDINGS, Severity.INFO, "Mixed line endings (CRLF, LF, CR)");
        }
        d.form = FormDetector.detect(input, original);
        SourceText src = d.form == SourceForm.FLATTENED ? new SourceText(SourceText.unflatten(original.text)) : original;
        HeaderReader.read(src, d, issues);
        Preamble.read(src, d, issues);
        Body.read(src, d, issues);
        settle(d, issues);
    }

    /** Field checks that need the whole cable: refid fallback, sensitive-unclassified, the final form. */
    private static void settle(Draft d, Issues issues) {
        if (d.refid == null && d.sourceId != null && issues.list().stream().noneMatch(i -> i.code() == IssueCode.GARBLED_REFID)) {
            Matcher m = REFID_IN_SOURCE.matcher(d.sourceId);
            if (m.find() && (d.number == null || m.group(1).endsWith(d.number.replaceFirst("^0+(?=\\d)", "")))) {
                d.refid = m.group(1);
                issues.whole(IssueCode.REFID_FROM_SOURCE, Severity.INFO, "Cable id taken from the source name '" + d.sourceId + "'");
            }
        }
        if (d.classification == Classification.UNCLASSIFIED && (d.caveats.contains("SENSITIVE") || d.caveats.contains("SBU"))) {
            d.classification = Classification.UNCLASSIFIED_SENSITIVE;
        }
        if (d.form == SourceForm.UNKNOWN) {
            d.form = d.paragraphs.isEmpty() ? SourceForm.FRAGMENT
                    : d.originAsWritten != null && d.dtg != null ? SourceForm.SITE
                    : d.post != null && !d.paragraphs.isEmpty() ? SourceForm.PARTIAL_EXTRACT : SourceForm.FRAGMENT;
        }
        if (d.subject == null && d.form != SourceForm.FRAGMENT) {
            issues.whole(IssueCode.MISSING_SUBJECT, Severity.WARNING, "Cannot find a SUBJECT line");
        }
        if (d.tags.isEmpty() && d.form != SourceForm.FRAGMENT) {
            issues.whole(IssueCode.MISSING_TAGS, Severity.INFO, "Cannot find a TAGS line");
        }
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        return control > n / 10;
    }

    private static ParseResult result(Draft d, List<ParseIssue> issues) {
        return new ParseResult(d.freeze(), issues);
    }
}
