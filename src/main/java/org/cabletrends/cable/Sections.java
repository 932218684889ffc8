package org.cabletrends.cable;

import java.util.regex.Pattern;

/** SUMMARY … END SUMMARY and COMMENT … END COMMENT blocks of the body. */
final class Sections {
    private static final Pattern LEAD = Pattern.compile("^[\\s\\-=_]*(?:¶\\s?)?(?:\\d{1,3}\\.\\s*)?(?:\\([A-Z/]{1,8}\\)\\s*)?");
    private static final int MAX_UNTERMINATED = 3000;

    private Sections() {
    }

    static void read(Draft d, Issues issues) {
        String body = d.body;
        if (body == null || body.isEmpty()) {
            return;
        }
        // Plain case-insensitive searches: regexes with lookbehinds ran at every character of every body.
        int[] summaries = positions(body, "SUMMARY");
        int[] comments = positions(body, "COMMENT");
        int s = opening(body, "SUMMARY", summaries, 0);
        if (s >= 0) {
            int endAt = closing(body, summaries, s);
            boolean ended = endAt >= 0;
            int end = ended ? endAt : paragraphEnd(body, s);
            if (!ended) {
                issues.whole(IssueCode.UNTERMINATED_SUMMARY, Severity.INFO, "SUMMARY without END SUMMARY");
            }
            d.summary = clean(body.substring(s, end));
        }
        int from = 0;
        for (int c = opening(body, "COMMENT", comments, from); c >= 0; c = opening(body, "COMMENT", comments, from)) {
            int endAt = closing(body, comments, c);
            boolean ended = endAt >= 0;
            int end = ended ? endAt : paragraphEnd(body, c);
            if (!ended) {
                issues.whole(IssueCode.UNTERMINATED_COMMENT, Severity.INFO, "COMMENT without END COMMENT");
            }
            String text = clean(body.substring(c, end));
            if (!text.isEmpty()) {
                d.comments.add(text);
            }
            from = Math.max(end, c);
        }
    }

    /**
     * Where the text of a {@code SUMMARY:} or {@code COMMENT:} block starts, or -1. The word must stand alone, not
     * after END / END OF (or AND, for comments), and be followed by a colon (a summary also by '.', '-' or a line
     * end, as under a "Summary" heading).
     */
    static int opening(String text, String word, int[] hits, int from) {
        for (int i : hits) {
            if (i < from || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || after(text, i, "END ")
                    || after(text, i, "END OF ") || word.equals("COMMENT") && after(text, i, "AND ")) {
                continue;
            }
            int j = i + word.length();
            if (word.equals("SUMMARY") && text.regionMatches(true, j, " AND COMMENT", 0, 12)) {
                j += " AND COMMENT".length();
            }
            if (j < text.length() && (text.charAt(j) == 'S' || text.charAt(j) == 's')) {
                j++;
            }
            if (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                continue;
            }
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            boolean colon = j < text.length() && text.charAt(j) == ':';
            boolean other = word.equals("SUMMARY") && (j >= text.length() || ".-\n".indexOf(text.charAt(j)) >= 0);
            if (colon || other) {
                while (j < text.length() && ":.-".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    /** Start of the first {@code END [OF] SUMMARY} / {@code END [OF] COMMENT(S)} at or after {@code from}, or -1. */
    private static int closing(String text, int[] hits, int from) {
        for (int i : hits) {
            if (i < from) {
                continue;
            }
            int j = skipSpaceBack(text, i);
            if (j == i) {
                continue;
            }
            if (j >= 2 && text.regionMatches(true, j - 2, "OF", 0, 2)) {
                int k = skipSpaceBack(text, j - 2);
                j = k < j - 2 ? k : j;
            }
            if (j >= 3 && text.regionMatches(true, j - 3, "END", 0, 3)
                    && (j == 3 || !Character.isLetterOrDigit(text.charAt(j - 4)))) {
                return j - 3;
            }
        }
        return -1;
    }

    private static int skipSpaceBack(String text, int i) {
        int j = i;
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean after(String text, int i, String before) {
        return i >= before.length() && text.regionMatches(true, i - before.length(), before, 0, before.length());
    }

    /**
     * Every place the word starts as {@code WORD}, {@code Word} or {@code word}: three intrinsic indexOf scans
     * (vectorised by the JVM) instead of a char-by-char case-insensitive scan; other casings do not occur.
     */
    static int[] positions(String text, String word) {
        String title = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        int[] out = new int[4];
        int n = 0;
        for (String form : new String[] {word, title, word.toLowerCase(java.util.Locale.ROOT)}) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static int paragraphEnd(String body, int from) {
        int blank = body.indexOf("\n\n", from);
        int end = blank < 0 ? body.length() : blank;
        return Math.min(end, from + MAX_UNTERMINATED);
    }

    private static String clean(String text) {
        String t = Whitespace.collapse(LEAD.matcher(text).replaceFirst(""));
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '(' || t.charAt(end - 1) == ' ')) {
            end--;
        }
        return t.substring(0, end);
    }
}
