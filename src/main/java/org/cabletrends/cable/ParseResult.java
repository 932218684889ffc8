package org.cabletrends.cable;

import java.util.List;

/** What {@link CableParser#parse} returns: the cable read as far as possible and every issue met on the way. */
public record ParseResult(Cable cable, List<ParseIssue> issues) {
    public ParseResult {
        if (cable == null) {
            throw new IllegalArgumentException("Invalid parse result: cable is required");
        }
        issues = List.copyOf(issues == null ? List.of() : issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
