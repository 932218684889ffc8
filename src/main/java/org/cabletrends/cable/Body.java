package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prose after the preamble: kept lines, paragraphs with headings, signer, summary and comments. */
final class Body {
    private static final Pattern SIGNER = Pattern.compile(
            "[A-Za-z][A-Za-z'.-]*(?:[ /][A-Za-z][A-Za-z'.-]*){0,3}");
    private static final Pattern TAIL_SIGNER = Pattern.compile(
            "(?<=[.!?)\"\u201d])(?:\\s{2,}([A-Z][A-Za-z'-]+(?:[ /][A-Z][A-Za-z'-]+){0,2})|\\s([A-Z]{3,}(?:/[A-Z]{3,})?))\\s*$");

    private Body() {
    }

    static void read(SourceText src, Draft d, Issues issues) {
        int last = src.lineCount();
        while (last > d.preambleEnd && (src.line(last - 1).isBlank() || PageBreaks.isFooter(src.line(last - 1)))) {
            last--;
        }
        int tailCut = -1;
        if (last > d.preambleEnd) {
            String raw = src.line(last - 1).stripTrailing();
            if (isSignerLine(raw.trim())) {
                d.signers.addAll(List.of(raw.trim().split("\\s*/\\s*")));
                last--;
            } else {
                int base = Math.max(0, raw.length() - 2000);
                Matcher tail = TAIL_SIGNER.matcher(raw.substring(base));
                if (tail.find()) {
                    String name = tail.group(1) != null ? tail.group(1) : tail.group(2);
                    d.signers.addAll(List.of(name.split("/")));
                    tailCut = src.lineStart(last - 1) + base + tail.start();
                }
            }
        }
        List<Piece> pieces = pieces(src, d.preambleEnd, last, tailCut);
        boolean markdown = d.form == SourceForm.SEED_MARKDOWN;
        d.body = text(pieces, false, markdown);
        ParagraphSplitter.split(src, pieces, d, issues, markdown);
        Sections.read(d, issues);
        if (d.signers.isEmpty() && d.form != SourceForm.PARTIAL_EXTRACT && !d.body.isEmpty()) {
            issues.whole(IssueCode.MISSING_SIGNER, Severity.INFO, "Cannot find a signer at the end");
        }
        String end = d.body.stripTrailing();
        if (end.endsWith("...") || end.endsWith("\u2026")) {
            issues.whole(IssueCode.BODY_CUT_OFF, Severity.INFO, "The body ends in '...': the text was cut off");
        }
    }

    static boolean isSignerLine(String line) {
        if (line.isEmpty() || line.length() > 40 || !SIGNER.matcher(line).matches() || line.toUpperCase().contains("END")) {
            return false;
        }
        String[] words = line.split("[ /]");
        if (words.length > 4 || line.endsWith(".") && !line.matches(".*\\b[A-Z]\\.$")) {
            return false;
        }
        return line.equals(line.toUpperCase()) || Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** Kept lines between {@code from} and {@code to}: page breaks and footers dropped, remnants cleaned. */
    static List<Piece> pieces(SourceText src, int from, int to, int tailCut) {
        List<Piece> out = new ArrayList<>();
        boolean blank = false;
        boolean pageBreak = false;
        for (int i = from; i < to; i++) {
            int start = src.lineStart(i);
            int end = i == to - 1 && tailCut > start ? tailCut : src.lineEnd(i);
            String line = src.text.substring(start, end);
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            if (PageBreaks.isPageBreak(line) || PageBreaks.isFooter(line)) {
                pageBreak |= PageBreaks.isPageBreak(line);
                continue;
            }
            Matcher header = PageBreaks.PAGE_HEADER.matcher(line);
            if (header.lookingAt()) {
                dropTrailingLevel(out);
                pageBreak = true;
                start += header.end();
                line = line.substring(header.end());
                if (line.isBlank()) {
                    continue;
                }
            }
            if (line.endsWith(" \\")) {
                line = line.substring(0, line.length() - 2);
            }
            out.add(new Piece(line, start, end, i, blank && !pageBreak, pageBreak));
            blank = false;
            pageBreak = false;
        }
        return out;
    }

    private static void dropTrailingLevel(List<Piece> out) {
        if (out.isEmpty()) {
            return;
        }
        Piece p = out.get(out.size() - 1);
        Matcher m = PageBreaks.TRAILING_LEVEL.matcher(p.text());
        if (m.find()) {
            out.set(out.size() - 1, new Piece(p.text().substring(0, m.start()), p.start(), p.start() + m.start(),
                    p.line(), p.afterBlank(), p.afterBreak()));
        }
    }

    /** Joins pieces: sentences split by a page break or a stray blank line are rejoined with one space. */
    static String text(List<Piece> pieces, boolean inParagraph, boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            String t = inParagraph ? p.text().trim() : p.text().stripTrailing();
            out.append(p.separator(out.length() == 0 ? "" : tail(out), inParagraph)).append(t);
        }
        String s = inParagraph ? Whitespace.collapseBlanks(out.toString()).trim() : out.toString();
        return markdown ? Markdown.unescape(s) : s;
    }

    private static String tail(StringBuilder sb) {
        return sb.substring(Math.max(0, sb.length() - 8));
    }
}
