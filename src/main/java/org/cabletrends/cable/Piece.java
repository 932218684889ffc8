package org.cabletrends.cable;

/**
 * One kept line of the body: its text (without page-break remnants), its span in the source, its source line, and
 * whether a blank line or a page break stood between it and the previous kept line.
 */
record Piece(String text, int start, int end, int line, boolean afterBlank, boolean afterBreak) {

    /** What goes between the previous kept text and this piece: a rejoining space, a line end, or a blank line. */
    String separator(String previous, boolean inParagraph) {
        if (previous.isEmpty()) {
            return "";
        }
        boolean sentenceEnd = endsSentence(previous);
        boolean freshStart = startsFresh(text);
        if (afterBreak || afterBlank) {
            return sentenceEnd && freshStart || Paragraphs.isMarkerLine(text) ? "\n\n" : " ";
        }
        return inParagraph ? " " : "\n";
    }

    static boolean endsSentence(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return ".!?:;\"')]\u201d\u2019-=_".indexOf(c) >= 0;
            }
        }
        return true;
    }

    private static boolean startsFresh(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return !Character.isLowerCase(c);
            }
        }
        return true;
    }
}
