package org.cabletrends.cable;

import java.util.regex.Pattern;

/** Page-break and footer lines that the body must not keep ({@code ASTANA 00001771 002.2 OF 002}). */
final class PageBreaks {
    static final Pattern PAGE_BREAK = Pattern.compile(
            "^\\s*[A-Z][A-Z .'-]{1,30}\\s+\\d{8}\\s+\\d{3}(?:\\.\\d)?\\s+OF\\s+\\d{3}\\s*$");
    /** Old telegram page headers: {@code PAGE 02 HARARE 05461 01 OF 02 271458Z}, sometimes with text after them. */
    static final Pattern PAGE_HEADER = Pattern.compile(
            "^\\s*PAGE\\s+\\d{2,3}\\s+[A-Z][A-Z ]{1,30}\\s+\\d{4,6}\\s+\\d{2}\\s+OF\\s+\\d{2}\\s+\\d{6}Z\\s*");
    /** A level word left at the bottom of a telegram page, before a page header. */
    static final Pattern TRAILING_LEVEL = Pattern.compile(
            "\\s+(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\\s*$");
    private static final Pattern FOOTER = Pattern.compile(
            "^\\s*(?:NNNN|BT|#\\d{1,5}|=+\\s*CABLE ENDS\\s*=+|END OF CABLE|https?://\\S*sgov\\S*|.*Classified Web Site.*)\\s*$");

    private PageBreaks() {
    }

    static boolean isPageBreak(String line) {
        return line.length() < 80 && line.contains(" OF ") && PAGE_BREAK.matcher(line).matches();
    }

    static boolean isFooter(String line) {
        if (line.length() >= 200) {
            return false;
        }
        String t = line.trim();
        boolean candidate = t.startsWith("NNNN") || t.equals("BT") || t.startsWith("#") || t.startsWith("=")
                || t.startsWith("END OF CABLE") || t.startsWith("http") || t.contains("Classified Web Site");
        return candidate && FOOTER.matcher(line).matches();
    }
}
