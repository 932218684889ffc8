package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;

/** Collects parse issues with positions computed from offsets in the source text. */
final class Issues {
    private final SourceText source;
    private final List<ParseIssue> list = new ArrayList<>();

    Issues(SourceText source) {
        this.source = source;
    }

    void add(IssueCode code, Severity severity, int offset, String message) {
        if (offset < 0 || source == null) {
            list.add(new ParseIssue(code, severity, 0, 0, message));
            return;
        }
        int[] pos = source.position(offset);
        list.add(new ParseIssue(code, severity, pos[0], pos[1], message));
    }

    void whole(IssueCode code, Severity severity, String message) {
        add(code, severity, -1, message);
    }

    List<ParseIssue> list() {
        return list;
    }
}
