package org.cabletrends.cable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraph markers ({@code ¶1. (C)}, {@code 1. (U)}, {@code - 11.}) and headings above paragraphs. */
final class Paragraphs {
    static final Pattern MARKER = Pattern.compile(
            "^[ \\t]*(-[ \\t]+)?(¶[ \\t]?)?(\\d{1,3})\\.(?=[ \\t]|$)[ \\t]*(?:\\(([A-Z][A-Za-z]{0,4}(?:[ /]{0,2}[A-Z][A-Za-z]{0,5}){0,3})\\))?[ \\t]*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(\\S.*?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^\\s*[-=_]{3,}[-=_ ]*$");

    private Paragraphs() {
    }

    static boolean isMarkerLine(String line) {
        return line.length() < 100_000 && mayBeMarker(line) && MARKER.matcher(line).lookingAt();
    }

    /** A marker starts, after blanks, with a digit, a pilcrow or a markdown dash. */
    private static boolean mayBeMarker(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c >= '0' && c <= '9' || c == '\u00b6' || c == '-';
            }
        }
        return false;
    }

    static Matcher marker(String line) {
        if (!mayBeMarker(line)) {
            return null;
        }
        Matcher m = MARKER.matcher(line);
        return m.lookingAt() ? m : null;
    }

    /**
     * The number a marker stands for, following the sequence: the seed form renders ¶ as "1", so {@code 11.} where
     * ¶1 is expected is ¶1 and {@code 15.} where ¶5 is expected is ¶5. Returns -1 when the line is not taken as a
     * paragraph (a list item inside a paragraph).
     */
    static int number(Matcher m, int expected) {
        String written = m.group(3);
        int n = Integer.parseInt(written);
        boolean pilcrow = m.group(2) != null;
        boolean marked = m.group(4) != null;
        if (n == expected) {
            return n;
        }
        if (!pilcrow && written.equals("1" + expected)) {
            return expected;
        }
        if (pilcrow || marked) {
            return n;
        }
        return -1;
    }

    static String markdownHeading(String line) {
        if (line.indexOf('#') < 0) {
            return null;
        }
        Matcher m = MARKDOWN_HEADING.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /** A heading: markdown, underlined, or a short line standing alone right above a paragraph marker. */
    static String heading(SourceText src, int i) {
        String line = src.line(i);
        String md = markdownHeading(line);
        if (md != null) {
            return md;
        }
        String t = line.trim();
        if (t.length() < 3 || t.length() > 120 || isUnderline(t) || isMarkerLine(line)
                || !Character.isLetter(t.charAt(0))) {
            return null;
        }
        if (i + 1 < src.lineCount() && isUnderline(src.line(i + 1))) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || !markerFollows(src, i)) {
            return null; // most lines fail here cheaply: a heading stands right above a paragraph marker
        }
        String above = i == 0 ? "" : src.line(i - 1);
        if (!(above.isBlank() || isUnderline(above) || Piece.endsSentence(above))) {
            return null;
        }
        boolean caps = !t.equals(t.toUpperCase(java.util.Locale.ROOT)) ? t.length() <= 60 && Whitespace.SPACES.split(t).length <= 8 : true;
        if (!caps || PageBreaks.isPageBreak(line) || ClassificationLine.read(line) != null
                || Preamble.isFieldLine(line) || Preamble.onlyCaveatWords(t)) {
            return null;
        }
        return t;
    }

    private static boolean isUnderline(String line) {
        return (line.contains("---") || line.contains("===") || line.contains("___")) && UNDERLINE.matcher(line).matches();
    }

    static boolean isHeadingLike(SourceText src, int i) {
        return heading(src, i) != null;
    }

    private static boolean markerFollows(SourceText src, int i) {
        for (int j = i + 1; j < Math.min(src.lineCount(), i + 4); j++) {
            String next = src.line(j);
            if (next.isBlank() || isUnderline(next)) {
                continue;
            }
            return isMarkerLine(next);
        }
        return false;
    }

}
