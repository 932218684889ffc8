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
    static final Pattern LINE = Pattern.compile("^[ \\t>*#-]*" + LEVEL + "(?![A-Za-z])[ \\t]*(//[ \\t]*[A-Z][A-Z /]*?)?"
            + "((?:[ \\t]+(?:E ?F ?T ?O|SENSITIVE|NOFORN|SBU|EXDIS|NODIS|LIMDIS))*)[ \\t]*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^S ?E?C?T?ION\\s+(\\d{1,3})\\s+[A-Za-z]{2}\\s+(\\d{1,3})\\s*");
    private static final Pattern POST_NUMBER = Pattern.compile(
            "^(?:(\\d{2})\\s+)?([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3})\\s+(\\d[0-9A-Z]{2,7}|[0-9A-Z]{0,3}\\d[0-9A-Z]{0,5})(?![\\w/])");

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
        if (line.length() > 400 || line.isBlank()) {
            return null;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
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

    boolean hasId() {
        return post != null;
    }

    /** The level word(s) without letter spacing, e.g. {@code CONFIDENTIAL}. */
    String compactLevel() {
        return level.replaceAll("(?<=\\b[A-Z]) (?=[A-Z]\\b)", "").replace(" ", "").replace("OFFICIALUSE", " OFFICIAL USE")
                .replace("TOPSECRET", "TOP SECRET");
    }
}
