package org.cabletrends.synth;

import java.util.List;
import java.util.function.Function;

/** The cable text below the routing header, piece by piece, shared by all forms. */
final class Body {
    private static final int WIDTH = 70;
    private final CablePlan plan;
    private final CableTruth t;

    Body(CablePlan plan) {
        this.plan = plan;
        this.t = plan.truth();
    }

    String classificationLine(boolean spaced) {
        Level level = new Level(t.classification(), t.caveats().contains("NOFORN"));
        String section = t.sectionCount() > 1 ? String.format("SECTION 01 OF %02d ", t.sectionCount()) : "";
        return level.lineLevel(spaced) + " " + section + t.post().place() + " "
                + String.format("%06d", Headers.serial(t));
    }

    String eoLine(boolean dotted) {
        String eo = dotted ? "E.O. 12958: " : "EO 12958 ";
        return eo + (t.declassifyOn() == null ? "N/A" : "DECL: " + Dtg.decl(t.declassifyOn()));
    }

    List<String> subjectLines(boolean wrap) {
        String label = t.quirks().contains(CableTruth.Quirk.SUBJ_LABEL) ? "SUBJ: " : "SUBJECT: ";
        String marking = t.quirks().contains(CableTruth.Quirk.SUBJECT_MARKING)
                ? "(" + (t.paragraphs().isEmpty() ? "U" : t.paragraphs().get(0).marking()) + ") " : "";
        String s = label + marking + t.subject();
        int cut = s.lastIndexOf(' ', 52);
        if (!wrap || s.length() <= 60 || cut < 20) {
            return List.of(s);
        }
        return List.of(s.substring(0, cut), s.substring(cut + 1));
    }

    void refAndClassifiedBy(List<String> lines, boolean blanks) {
        if (plan.refLine() != null) {
            lines.add(plan.refLine());
            addBlank(lines, blanks);
        }
        if (t.classifiedBy() != null) {
            lines.add("Classified By: " + t.classifiedBy() + " for Reasons " + t.reasons() + ".");
            addBlank(lines, blanks);
        }
    }

    /** Paragraphs with headings; page breaks inside sentences when {@code wrap} or {@code seedStyle}. */
    void paragraphs(List<String> lines, boolean wrap, Function<CableTruth.ParagraphTruth, String> prefix,
                    boolean seedStyle) {
        int n = t.paragraphs().size();
        int pages = (wrap || seedStyle) ? t.sectionCount() : 1;
        int nextPage = 1;
        for (int i = 0; i < n; i++) {
            CableTruth.ParagraphTruth p = t.paragraphs().get(i);
            if (p.heading() != null) {
                lines.add(seedStyle ? "## " + p.heading() : p.heading());
                addBlank(lines, wrap || seedStyle);
            }
            String text = prefix.apply(p) + plan.paragraphs().get(i);
            if (nextPage < pages && i == nextPage * n / pages) {
                text = withBreak(text);
                nextPage++;
            }
            emit(lines, text, wrap, nextPage, seedStyle);
            addBlank(lines, wrap || (seedStyle && i + 1 < n && t.paragraphs().get(i + 1).heading() != null));
        }
    }

    String pageLine(int page, boolean seedStyle) {
        return t.post().place() + " " + String.format("%08d", Headers.serial(t))
                + (seedStyle ? String.format(" %03d.2 OF %03d", page, t.sectionCount())
                : String.format("  %03d OF %03d", page, t.sectionCount()));
    }

    private void emit(List<String> lines, String text, boolean wrap, int page, boolean seedStyle) {
        String[] pieces = text.split(String.valueOf(CableRenderer.breakMark()), -1);
        for (int k = 0; k < pieces.length; k++) {
            if (k > 0) {
                lines.add("");
                lines.add(pageLine(page, seedStyle));
                lines.add("");
            }
            String piece = pieces[k].strip();
            if (wrap) {
                lines.addAll(wrapped(piece));
            } else {
                lines.add(piece);
            }
        }
    }

    /** Inserts the page-break mark at a word boundary near the middle, so the break falls inside a sentence. */
    private static String withBreak(String text) {
        int mid = text.indexOf(' ', text.length() / 2);
        while (mid > 0 && (text.charAt(mid - 1) == '.' || text.charAt(mid - 1) == ',')) {
            mid = text.indexOf(' ', mid + 1);
        }
        return mid < 0 ? text : text.substring(0, mid) + " " + CableRenderer.breakMark() + text.substring(mid);
    }

    static List<String> wrapped(String text) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** Curly quotes, as partial extracts have them. */
    static String curly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean open = true;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                b.append(open ? '\u201c' : '\u201d');
                open = !open;
            } else {
                b.append(c == '\'' ? '\u2019' : c);
            }
        }
        return b.toString();
    }

    private static void addBlank(List<String> lines, boolean yes) {
        if (yes) {
            lines.add("");
        }
    }
}
