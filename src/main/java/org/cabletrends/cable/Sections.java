package org.cabletrends.cable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SUMMARY … END SUMMARY and COMMENT … END COMMENT blocks of the body. */
final class Sections {
    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)(?<!END )(?<!END OF )\\bSUMMARY(?:\\s+AND\\s+COMMENTS?)?(?:\\s*[:.\\-]+|\\s*\\n)");
    private static final Pattern END_SUMMARY = Pattern.compile("(?i)\\bEND\\s+(?:OF\\s+)?SUMMARY\\b");
    private static final Pattern COMMENT = Pattern.compile(
            "(?i)(?<!END )(?<!END OF )(?<!AND )\\bCOMMENTS?\\s*:");
    private static final Pattern END_COMMENT = Pattern.compile("(?i)\\bEND\\s+(?:OF\\s+)?COMMENTS?\\b");
    private static final Pattern LEAD = Pattern.compile("^[\\s\\-=_]*(?:¶\\s?)?(?:\\d{1,3}\\.\\s*)?(?:\\([A-Z/]{1,8}\\)\\s*)?");
    private static final int MAX_UNTERMINATED = 3000;

    private Sections() {
    }

    static void read(Draft d, Issues issues) {
        String body = d.body;
        if (body == null || body.isEmpty()) {
            return;
        }
        Matcher s = SUMMARY.matcher(body);
        if (s.find()) {
            Matcher e = END_SUMMARY.matcher(body);
            boolean ended = e.find(s.end());
            int end = ended ? e.start() : paragraphEnd(body, s.end());
            if (!ended) {
                issues.whole(IssueCode.UNTERMINATED_SUMMARY, Severity.INFO, "SUMMARY without END SUMMARY");
            }
            d.summary = clean(body.substring(s.end(), end));
        }
        Matcher c = COMMENT.matcher(body);
        int from = 0;
        while (c.find(from)) {
            Matcher e = END_COMMENT.matcher(body);
            boolean ended = e.find(c.end());
            int end = ended ? e.start() : paragraphEnd(body, c.end());
            if (!ended) {
                issues.whole(IssueCode.UNTERMINATED_COMMENT, Severity.INFO, "COMMENT without END COMMENT");
            }
            String text = clean(body.substring(c.end(), end));
            if (!text.isEmpty()) {
                d.comments.add(text);
            }
            from = Math.max(end, c.end());
        }
    }

    private static int paragraphEnd(String body, int from) {
        int blank = body.indexOf("\n\n", from);
        int end = blank < 0 ? body.length() : blank;
        return Math.min(end, from + MAX_UNTERMINATED);
    }

    private static String clean(String text) {
        String t = LEAD.matcher(text).replaceFirst("");
        return t.replaceAll("\\s+", " ").trim().replaceAll("[\\s(]+$", "");
    }
}
