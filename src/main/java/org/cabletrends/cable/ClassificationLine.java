package org.cabletrends.cable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classification line that opens a cable's text: {@code C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461}.
 * It carries the level, section n of m, and the post and serial number that make up the cable id.
 */
final class ClassificationLine {
    private static final String LEVEL = "(T ?O ?P +S ?E ?C ?R ?E ?T|S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L"
            + "|L ?I ?M ?I ?T ?E ?D +O ?F ?F ?I ?C ?I ?A ?L +U ?S ?E|U ?N ?C ?L ?A ?S ?S ?I ?F ?I ?E ?D|U ?N ?C ?L ?A ?S)";
    /** A level at a line start; also after a "Cable dated:" stamp or a stray CSV field end, as some exports have. */
    /** Pieces of every level word, spaced or not, upper or sentence case. */
    private static final String[] LEVEL_PARTS = {"NCLAS", "N C L", "ECRET", "E C R", "ONFID", "O N F", "IMITED",
        "I M I", "nclas", "n c l", "ecret", "e c r", "onfid", "o n f", "imited", "i m i"};
    private static final Pattern LINE_ANY_CASE = Pattern.compile("^\\s*" + LEVEL + "(?![A-Za-z])[ \\t]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern LINE = Pattern.compile("^(?:(?:ID:\\d+\\s*)?Cable dated:\\S{0,30}?\\d\\d:\\d\\d:\\d\\d|[^\"\\t]{0,200}\",\"|[^\\t]{0,200}\\t|\\d{1,8})?[ \\t>*#-]*"
            + "(?:[CSTU] ?(?=[CSTU] ?[A-Z] ?[A-Z]))?" + LEVEL + "(?![A-Za-z])(?:[ \\t]*(//[ \\t]*[A-Z][A-Z /]*?))?"
            + "((?:[ \\t]+(?:E ?F ?T ?O|SENSITIVE|NOFORN|SBU|EXDIS|NODIS|LIMDIS)(?![A-Za-z]))*)[ \\t]*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^S ?E?C?T?ION\\s+(\\d{1,3})\\s+[A-Za-z]{2}\\s+(\\d{1,3})\\s*");
    private static final Pattern POST_NUMBER = Pattern.compile(
            "^(?:(\\d{2})\\s+)?([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3})\\s+(\\d{6}(?=[A-Z])|\\d[0-9A-Z]{2,7}(?![\\w/])"
            + "|[0-9A-Z]{0,3}\\d[0-9A-Z]{0,5}(?![\\w/]))");

    final String level;
    final String caveat;
    final Integer section;
    final Integer sectionCount;
    final String year;
    final String post;
    final String number;
    final String rest;

    private ClassificationLine(String level, String caveat, Integer section, Integer sectionCount, String year,
            String post, String number, String rest) {
        this.level = level;
        this.caveat = caveat;
        this.section = section;
        this.sectionCount = sectionCount;
        this.year = year;
        this.post = post;
        this.number = number;
        this.rest = rest;
    }

    /** Reads one line; null when it is not a classification line. */
    static ClassificationLine read(String line) {
        if (line.length() > 400 || line.isBlank() || !mayHoldLevel(line)) {
            return null;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return line.length() <= 60 ? readSentenceCased(line) : null;
        }
        String level = m.group(1);
        String caveats = ((m.group(2) == null ? "" : m.group(2)) + " " + m.group(3)).trim();
        String rest = m.group(4).trim();
        Integer section = null;
        Integer count = null;
        Matcher s = SECTION.matcher(rest);
        if (s.find()) {
            section = Integer.valueOf(s.group(1));
            count = Integer.valueOf(s.group(2));
            rest = rest.substring(s.end());
        }
        Matcher p = POST_NUMBER.matcher(rest);
        if (p.find()) {
            return new ClassificationLine(level, caveats, section, count, p.group(1), p.group(2), p.group(3),
                    rest.substring(p.end()).trim());
        }
        if (!rest.isEmpty() && section == null && !rest.matches("(?:[A-Z]{2,4}\\d{3,5}|[A-Z/ ]{0,40})")) {
            return null; // a sentence that merely starts with a level word
        }
        return new ClassificationLine(level, caveats, section, count, null, null, null, rest);
    }

    /** A cheap test before the regex: some letters of a level word must be there ({@code NCL}, {@code ECR}, {@code N F}…). */
    private static boolean mayHoldLevel(String line) {
        for (String part : LEVEL_PARTS) {
            if (line.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Sentence-cased extracts write {@code S e c r e t state 135366}: taken only when the line is just level and id. */
    private static ClassificationLine readSentenceCased(String line) {
        if (!LINE_ANY_CASE.matcher(line).matches() || line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        ClassificationLine upper = read(line.toUpperCase(java.util.Locale.ROOT));
        return upper != null && upper.hasId() && upper.rest.isEmpty() ? upper : null;
    }

    boolean hasId() {
        return post != null;
    }

    /** The level word(s) without letter spacing, e.g. {@code CONFIDENTIAL}. */
    String compactLevel() {
        return level.replace(" ", "").replace("OFFICIALUSE", " OFFICIAL USE")
                .replace("TOPSECRET", "TOP SECRET");
    }
}
