package org.cabletrends.cable;

/**
 * One problem found while parsing, with its position (1-based line and column in the decoded text; 0 when the
 * issue concerns the whole input).
 */
public record ParseIssue(IssueCode code, Severity severity, int line, int column, String message) {
    public ParseIssue {
        if (code == null || severity == null || message == null) {
            throw new IllegalArgumentException("Invalid parse issue: code, severity and message are required");
        }
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + line + ":" + column + ": " + message;
    }
}
