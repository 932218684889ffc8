package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Cuts the kept body lines into numbered paragraphs, each with its marking and the heading above it. */
final class ParagraphSplitter {
    private ParagraphSplitter() {
    }

    static void split(SourceText src, List<Piece> pieces, Draft d, Issues issues, boolean markdown) {
        String heading = null;
        int expected = 1;
        List<Piece> current = new ArrayList<>();
        int number = 0;
        String marking = null;
        String currentHeading = null;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String h = isWholeLine(src, p) ? Paragraphs.heading(src, p.line()) : null;
            if (h != null) {
                flush(current, number, marking, currentHeading, d, markdown);
                current = new ArrayList<>();
                number = -2; // text after a heading but before a marker is dropped into the next paragraph
                heading = markdown ? Markdown.unescape(h) : h;
                k = skipUnderline(pieces, k);
                continue;
            }
            Matcher m = Paragraphs.marker(p.text());
            int n = m == null ? -1 : Paragraphs.number(m, expected);
            if (n >= 0) {
                flush(current, number, marking, currentHeading, d, markdown);
                if (n != expected) {
                    issues.add(IssueCode.PARAGRAPH_SEQUENCE, Severity.WARNING, p.start(),
                            "Paragraph " + m.group(3) + " where " + expected + " was expected");
                }
                current = new ArrayList<>();
                current.add(new Piece(p.text().substring(m.end()), p.start(), p.end(), p.line(), false, false));
                number = n;
                marking = m.group(4);
                currentHeading = heading;
                expected = n + 1;
            } else {
                current.add(p);
            }
        }
        flush(current, number, marking, currentHeading, d, markdown);
        if (d.paragraphs.stream().noneMatch(x -> x.number() > 0) && !pieces.isEmpty()) {
            issues.whole(IssueCode.NO_PARAGRAPHS, Severity.INFO, "No numbered paragraphs: the body is paragraph 0");
        }
    }

    /** Headings are whole source lines; a piece cut from a telegram page header is not. */
    private static boolean isWholeLine(SourceText src, Piece p) {
        return p.start() == src.lineStart(p.line());
    }

    private static int skipUnderline(List<Piece> pieces, int k) {
        if (k + 1 < pieces.size() && pieces.get(k + 1).text().trim().matches("[-=_ ]{3,}")) {
            return k + 1;
        }
        return k;
    }

    private static void flush(List<Piece> pieces, int number, String marking, String heading, Draft d, boolean markdown) {
        if (pieces.isEmpty()) {
            return;
        }
        String text = Body.text(pieces, true, markdown);
        if (text.isEmpty()) {
            return;
        }
        int start = pieces.get(0).start();
        int end = pieces.get(pieces.size() - 1).end();
        if (number < 0) {
            Paragraph previous = d.paragraphs.isEmpty() ? null : d.paragraphs.get(d.paragraphs.size() - 1);
            if (previous == null || number == -2) {
                d.paragraphs.add(new Paragraph(0, null, null, text, start, end));
            } else {
                d.paragraphs.set(d.paragraphs.size() - 1, new Paragraph(previous.number(), previous.marking(),
                        previous.heading(), previous.text() + " " + text, previous.start(), end));
            }
            return;
        }
        d.paragraphs.add(new Paragraph(number, marking, heading, text, start, end));
    }
}
