package org.cabletrends.cable;

/** Whitespace folding without regexes (the parser's hottest string operation). */
final class Whitespace {
    /** Shared precompiled patterns: String.split/replaceAll/matches compile their regex on every call. */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^A-Z]+");
    private Whitespace() {
    }

    /** Every run of whitespace becomes one space; leading and trailing whitespace is dropped. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Runs of spaces and tabs become one space; line ends are kept. */
    static String collapseBlanks(String text) {
        if (text.indexOf("  ") < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        char[] out = new char[text.length()];
        int n = 0;
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (!blank) {
                    out[n++] = ' ';
                }
                blank = true;
            } else {
                out[n++] = c;
                blank = false;
            }
        }
        return new String(out, 0, n);
    }
}
