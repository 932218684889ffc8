package org.cabletrends.cable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A raw cables.csv row handed to the parser as text: the row is read with {@link CablesCsvReader} and its header
 * and content fields are parsed as one cable; a row that cannot be read gives {@code MALFORMED_CSV_ROW} with the
 * reader's line and column. Spans then refer to the cable text, not to the row.
 */
final class CsvRowText {
    private CsvRowText() {
    }

    static ParseResult read(String sourceId, String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        try (CablesCsvReader reader = new CablesCsvReader(new ByteArrayInputStream(bytes))) {
            CsvRow row = reader.next();
            if (row instanceof CsvCableRecord record) {
                ParseResult inner = CableParser.parse(sourceId, record.cableText());
                Cable c = inner.cable();
                return new ParseResult(withForm(c), inner.issues());
            }
            CsvRowError error = (CsvRowError) row;
            String reason = error == null ? "no row" : error.reason() + " at line " + error.line() + ", column " + error.column();
            return failed(sourceId, "Cannot read cables.csv row: " + reason, error);
        } catch (IOException | RuntimeException e) {
            return failed(sourceId, "Cannot read cables.csv row: " + e.getMessage(), null);
        }
    }

    private static Cable withForm(Cable c) {
        return new Cable(c.sourceId(), SourceForm.CSV_ROW, c.refidAsWritten(), c.refid(), c.dtgAsWritten(), c.dtg(),
                c.precedence(), c.originAsWritten(), c.origin(), c.to(), c.info(), c.classificationAsWritten(),
                c.classification(), c.caveats(), c.section(), c.sectionCount(), c.eoLine(), c.declassifyOn(), c.tags(),
                c.subject(), c.subjectDisplay(), c.references(), c.classifiedBy(), c.reasons(), c.summary(),
                c.comments(), c.signers(), c.body(), c.paragraphs());
    }

    private static ParseResult failed(String sourceId, String message, CsvRowError error) {
        Draft d = new Draft();
        d.sourceId = sourceId;
        d.form = SourceForm.CSV_ROW;
        d.body = "";
        int line = error == null ? 0 : (int) Math.min(Integer.MAX_VALUE, error.line());
        int column = error == null ? 0 : (int) Math.min(Integer.MAX_VALUE, error.column());
        return new ParseResult(d.freeze(), java.util.List.of(
                new ParseIssue(IssueCode.MALFORMED_CSV_ROW, Severity.ERROR, line, column, message)));
    }
}
