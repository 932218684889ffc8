package org.cabletrends.cable;

/** A raw cables.csv row handed to the parser as text: its header and content fields are parsed as one cable. */
final class CsvRowText {
    private CsvRowText() {
    }

    static void read(String input, Draft d, Issues issues) {
        issues.whole(IssueCode.MALFORMED_CSV_ROW, Severity.ERROR, "Cannot read a raw cables.csv row yet");
        d.body = "";
    }
}
