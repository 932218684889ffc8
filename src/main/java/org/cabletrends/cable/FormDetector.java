package org.cabletrends.cable;

import java.util.regex.Pattern;

/** Tells the layout of a cable's text from its first characters and its line structure. */
final class FormDetector {
    private static final Pattern CSV_ROW = Pattern.compile("^\\s*\"\\d+\",\"");
    private static final Pattern SEED_PARAGRAPH = Pattern.compile("^- 1\\d{1,3}\\.\\s");

    private FormDetector() {
    }

    /** Markdown of the seed form: a {@code ## } heading, a {@code [PGOV](#)} tag link or a {@code - 11.} paragraph. */
    private static boolean isMarkdown(String text) {
        if (text.startsWith("## ") || text.contains("\n## ") || text.contains("](#)")) {
            return true;
        }
        for (int i = text.indexOf("\n- 1"); i >= 0; i = text.indexOf("\n- 1", i + 1)) {
            if (SEED_PARAGRAPH.matcher(text).region(i + 1, Math.min(text.length(), i + 12)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static boolean isCsvRow(String text) {
        return CSV_ROW.matcher(text.length() > 200 ? text.substring(0, 200) : text).lookingAt();
    }

    static SourceForm detect(String original, SourceText src) {
        String head = src.text.substring(0, Math.min(src.text.length(), 3000));
        if (CSV_ROW.matcher(head).lookingAt()) {
            return SourceForm.CSV_ROW;
        }
        if (head.contains("This record is a partial extract")) {
            return SourceForm.PARTIAL_EXTRACT;
        }
        boolean routing = head.contains("VZCZC");
        if (routing && isMarkdown(src.text)) {
            return SourceForm.SEED_MARKDOWN;
        }
        if (routing) {
            return original.indexOf("\r\n") >= 0 ? SourceForm.PLUSD : SourceForm.SITE;
        }
        if (src.lineCount() <= 3 && src.text.length() > 300) {
            return SourceForm.FLATTENED;
        }
        return SourceForm.UNKNOWN; // settled after the header is read: SITE, PARTIAL_EXTRACT or FRAGMENT
    }
}
