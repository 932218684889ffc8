package org.cabletrends.cable;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decoded text with line ends normalised one character for one character (CR of a CRLF becomes a space, a
 * lone CR becomes LF, a BOM becomes a space), so every offset in it is also an offset in the source text.
 */
final class SourceText {
    private static final Pattern FLATTENED_BREAK = Pattern.compile(
            " (?=E\\.? ?O\\.? ?1\\d{4}|TAGS?:? |SUBJ(?:ECT)?:|REF(?:S|TELS?)?:|Classified By|CLASSIFIED BY|¶\\s?\\d"
            + "|\\d{1,3}\\.\\s{1,3}\\([A-Z][A-Za-z/]{0,8}\\))|(?<!\\d\\.) (?= +\\S)(?! +[A-Z][A-Z .'-]{0,30} \\d{3,8}\\b)");
    final String text;
    private final int[] lineStarts;
    final boolean mixedLineEnds;

    SourceText(String source) {
        // One pass over the string to see whether anything needs rewriting; most texts need nothing.
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        int odd = 0;
        int continued = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                lf++;
                continued += i > 0 && source.charAt(i - 1) == '\\' ? 1 : 0;
            } else if (c == '\r') {
                if (i + 1 < n && source.charAt(i + 1) == '\n') {
                    crlf++;
                } else {
                    cr++;
                }
            } else if (c == '\uFEFF' || c == '\u0000') {
                odd++;
            }
        }
        boolean continuations = continued >= 3 && continued * 2 >= lf + cr + 1;
        this.text = crlf + cr + odd > 0 || continuations ? normalise(source, continuations) : source;
        this.mixedLineEnds = (crlf > 0 ? 1 : 0) + (lf - crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1;
        this.lineStarts = indexLines(text);
    }

    private static String normalise(String source, boolean continuations) {
        char[] chars = source.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                boolean pair = i + 1 < chars.length && chars[i + 1] == '\n';
                chars[i] = pair ? ' ' : '\n';
            } else if (c == '\uFEFF' || c == '\u0000') {
                chars[i] = ' ';
            }
        }
        if (continuations) {
            // Exports that end most lines with a backslash: the backslash becomes a space.
            for (int i = 1; i < chars.length; i++) {
                if (chars[i] == '\n' && chars[i - 1] == '\\') {
                    chars[i - 1] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * A flattened body (line breaks collapsed to spaces) with a line break put back, in place of a space, before
     * each field and paragraph marker and at each run of spaces that once ended a line. Offsets stay the same.
     */
    static String unflatten(String text) {
        char[] chars = text.toCharArray();
        Matcher m = FLATTENED_BREAK.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (at > 0 && chars[at] == ' ') {
                chars[at] = '\n';
            }
        }
        return new String(chars);
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** End of the line's content, before its LF. */
    int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** 0-based line index holding the offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** A 1-based line and column pair for issue positions. */
    int[] position(int offset) {
        int line = lineOf(Math.max(0, Math.min(offset, text.length())));
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }
}
