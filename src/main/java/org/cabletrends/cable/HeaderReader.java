package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the routing header (DTG, precedence, FM, TO, INFO) and the classification line with the cable id. */
final class HeaderReader {
    private static final int SCAN_LINES = 400;
    private static final Pattern FM = Pattern.compile("(?:^|\\s)FM\\s+([A-Z][A-Z0-9/ .,'()&-]*?)(?=\\s+TO\\s|\\s*$)",
            Pattern.MULTILINE);
    private static final Pattern TO = Pattern.compile("(?:^|\\s)TO\\s+", Pattern.MULTILINE);
    private static final Pattern INFO = Pattern.compile("(?:^|\\s)INFO\\s+", Pattern.MULTILINE);
    private static final Pattern DE = Pattern.compile("\\bDE\\s+[A-Z]{4,6}\\s+#(\\d{1,5})");
    private static final Pattern PRECEDENCE = Pattern.compile("(?:^|\\s)([OPRZ])(?:\\s+[OPRZ])?\\s+\\d{6}Z\\s");
    private static final Pattern ROUTING_INDICATOR = Pattern.compile("\\b[A-Z]{4,8}\\)?/(?=[A-Z])");
    private static final Pattern ADDRESSEE_TAIL = Pattern.compile(
            "(?:\\s+(?:NIACT|IMMEDIATE|IMMEDIAT|PRIORITY|PRORITY|ROUTINE|FLASH|\\d{1,5}|BT))+\\s*$");
    private static final Pattern REFID_NUMBER = Pattern.compile("\\d{1,7}");

    private HeaderReader() {
    }

    static void read(SourceText src, Draft d, Issues issues) {
        findClassificationLine(src, d, issues);
        int regionEnd = d.classificationLine >= 0 ? src.lineStart(d.classificationLine)
                : src.lineEnd(Math.min(src.lineCount(), SCAN_LINES) - 1);
        readRouting(src.text.substring(0, regionEnd), d, issues);
        readRefid(d, issues, d.classificationLine >= 0 ? src.lineStart(d.classificationLine) : -1);
    }

    /** The first classification line that carries an id, else the first bare one, within the first lines. */
    private static void findClassificationLine(SourceText src, Draft d, Issues issues) {
        int limit = Math.min(src.lineCount(), SCAN_LINES);
        int bare = -1;
        ClassificationLine bareLine = null;
        for (int i = 0; i < limit; i++) {
            ClassificationLine cl = ClassificationLine.read(src.line(i));
            if (cl == null) {
                continue;
            }
            if (cl.hasId() || cl.section != null) {
                apply(cl, i, d);
                return;
            }
            if (bare < 0) {
                bare = i;
                bareLine = cl;
            }
        }
        if (bareLine != null) {
            apply(bareLine, bare, d);
        } else {
            issues.whole(IssueCode.MISSING_CLASSIFICATION, Severity.WARNING, "Cannot find a classification line");
        }
    }

    private static void apply(ClassificationLine cl, int line, Draft d) {
        d.classificationLine = line;
        d.classificationAsWritten = cl.level;
        d.classification = Classification.fromLabel(cl.compactLevel() + (cl.caveat.isEmpty() ? "" : "//" + cl.caveat))
                .orElse(null);
        for (String c : cl.caveat.replace("/", " ").split("\\s+")) {
            if (!c.isBlank()) {
                d.addCaveat(c.replace(" ", "").equals("EFTO") ? "EFTO" : c);
            }
        }
        d.section = cl.section;
        d.sectionCount = cl.sectionCount;
        d.post = cl.post;
        d.number = cl.number;
        d.year = cl.year;
    }

    private static void readRouting(String region, Draft d, Issues issues) {
        Matcher dtg = Dtg.DTG.matcher(region);
        if (dtg.find()) {
            d.dtgAsWritten = dtg.group().replaceAll("\\s+", " ");
            d.dtg = Dtg.instant(dtg);
            if (d.dtg == null) {
                issues.add(IssueCode.INVALID_DTG, Severity.ERROR, dtg.start(), "Invalid date-time group '" + d.dtgAsWritten + "'");
            }
        } else {
            issues.whole(IssueCode.MISSING_DTG, Severity.WARNING, "Cannot find a date-time group");
        }
        Matcher p = PRECEDENCE.matcher(region);
        if (p.find()) {
            d.precedence = switch (p.group(1)) {
                case "Z" -> "FLASH";
                case "O" -> "IMMEDIATE";
                case "P" -> "PRIORITY";
                default -> "ROUTINE";
            };
        }
        Matcher de = DE.matcher(region);
        if (de.find()) {
            d.deNumber = de.group(1).replaceFirst("^0+(?=\\d)", "");
        }
        readAddresses(region, d, issues);
    }

    private static void readAddresses(String region, Draft d, Issues issues) {
        Matcher fm = FM.matcher(region);
        if (!fm.find()) {
            issues.whole(IssueCode.MISSING_ORIGIN, Severity.WARNING, "Cannot find an FM line");
            return;
        }
        d.originAsWritten = fm.group(1).trim().replaceAll("\\s+", " ");
        d.origin = Posts.readable(d.originAsWritten);
        Matcher to = TO.matcher(region);
        if (!to.find(fm.end() - 1)) {
            return;
        }
        Matcher info = INFO.matcher(region);
        boolean hasInfo = info.find(to.end());
        int toEnd = hasInfo ? info.start() : region.length();
        d.to.addAll(addressees(region.substring(to.end(), toEnd)));
        if (hasInfo) {
            d.info.addAll(addressees(region.substring(info.end())));
        }
    }

    /** Splits an address block at routing indicators ({@code RUEHC/}) or, without them, at line ends. */
    static List<String> addressees(String block) {
        List<String> out = new ArrayList<>();
        String trimmed = block.strip();
        if (trimmed.isEmpty()) {
            return out;
        }
        String[] parts = ROUTING_INDICATOR.matcher(trimmed).find()
                ? ROUTING_INDICATOR.split(trimmed.replace('\n', ' '))
                : trimmed.split("\n");
        for (String part : parts) {
            String a = ADDRESSEE_TAIL.matcher(part.replaceAll("\\s+", " ").trim()).replaceAll("").trim();
            if (!a.isEmpty() && !a.equals("BT") && a.chars().anyMatch(Character::isLetter)) {
                out.add(a);
            }
        }
        return out;
    }

    private static void readRefid(Draft d, Issues issues, int at) {
        if (d.post == null) {
            issues.whole(IssueCode.MISSING_REFID, Severity.ERROR, "Cannot find the post and number of the cable id");
            return;
        }
        d.refidAsWritten = (d.year == null ? "" : d.year + " ") + d.post + " " + d.number;
        String year = d.year != null ? d.year : d.dtg != null ? Dtg.twoDigitYear(d.dtg) : null;
        boolean numberOk = REFID_NUMBER.matcher(d.number).matches();
        boolean postOk = d.post.matches("[A-Z][A-Z ]*[A-Z]") && postAgrees(d);
        if (!numberOk || !postOk) {
            issues.add(IssueCode.GARBLED_REFID, Severity.ERROR, at, "Cannot read cable id '" + d.refidAsWritten + "'"
                    + (d.deNumber != null ? " (routing line gives number " + d.deNumber + ")" : ""));
            return;
        }
        if (year == null) {
            issues.add(IssueCode.MISSING_REFID, Severity.WARNING, at, "Cannot tell the year of cable id '"
                    + d.refidAsWritten + "': no date-time group");
            return;
        }
        d.refid = year + d.post.replace(" ", "") + d.number.replaceFirst("^0+(?=\\d)", "");
    }

    /** The id's post must be the FM line's post when both are present (a garbled id spells it differently). */
    private static boolean postAgrees(Draft d) {
        if (d.originAsWritten == null || !d.originAsWritten.startsWith("AM")) {
            return true;
        }
        String fmPost = Posts.idPost(d.originAsWritten);
        String idPost = d.post.replace(" ", "");
        return fmPost.startsWith(idPost) || idPost.startsWith(fmPost) || "KIEV".equals(idPost);
    }

}
