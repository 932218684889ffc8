package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the routing header (DTG, precedence, FM, TO, INFO) and the classification line with the cable id. */
final class HeaderReader {
    private static final int SCAN_LINES = 400;
    private static final Pattern FM = Pattern.compile("(?<![^\\s])FM\\s+([A-Z][A-Z0-9/ .,'()&-]*?)(?=\\s+TO\\s|\\s*$)",
            Pattern.MULTILINE);
    private static final Pattern TO = Pattern.compile("(?<![^\\s])TO\\s+");
    private static final Pattern INFO = Pattern.compile("(?<![^\\s])INFO\\s+");
    private static final Pattern DE = Pattern.compile("\\bDE\\s+[A-Z]{4,6}\\s+#(\\d{1,5})");
    private static final Pattern PRECEDENCE = Pattern.compile("(?<![^\\s])([OPRZ])(?:\\s+[OPRZ])?\\s+\\d{6}Z\\s");
    private static final Pattern ROUTING_INDICATOR = Pattern.compile("\\b[A-Z]{4,8}\\)?/(?=[A-Z])");
    private static final Pattern ADDRESSEE_TAIL = Pattern.compile(
            "(?:\\s+(?:NIACT|IMMEDIATE|IMMEDIAT|PRIORITY|PRORITY|ROUTINE|FLASH|\\d{1,5}|BT))+\\s*$");
    private static final Pattern REFID_NUMBER = Pattern.compile("\\d{1,8}");
    /** The routing line's security field: {@code ZNY CCCCC} for a classified cable, {@code ZNR UUUUU} unclassified. */
    private static final Pattern ROUTING_CLASS = Pattern.compile("\\bZN[RY] ([UCSE])\\1{4}\\b");
    /** The site's date line after the header: {@code Friday, 01 February 2008, 13:41}. */
    private static final Pattern SITE_DATE = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d{1,2} [A-Z][a-z]+ ((?:19|20)\\d{2})(?:, \\d{1,2}:\\d{2})?");
    /** Caveats read from the rest of a classification line. */
    private static final Set<String> LINE_CAVEATS = Set.of("SENSITIVE", "SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS");
    private static final Pattern FM_LINE = Pattern.compile("^\\s*FM\\s+[A-Z]{2}");

    private HeaderReader() {
    }

    static void read(SourceText src, Draft d, Issues issues) {
        int limit = Math.min(src.lineCount(), SCAN_LINES);
        int fmLine = -1;
        for (int i = 0; i < limit && fmLine < 0; i++) {
            fmLine = FM_LINE.matcher(src.line(i)).lookingAt() ? i : -1;
        }
        int chosen = findClassificationLine(src, d, issues, fmLine, limit);
        int regionEnd = chosen > fmLine && chosen >= 0 ? src.lineStart(chosen)
                : fmLine >= 0 ? blockEnd(src, fmLine, limit) : src.lineEnd(limit - 1);
        readRouting(src.text.substring(0, regionEnd), d, issues);
        if (chosen < 0 && fmLine >= 0) {
            d.routingEndLine = src.lineOf(Math.max(0, Math.min(regionEnd, src.text.length())));
        }
        if (d.dtg == null && d.year == null) {
            d.siteYear = siteDateYear(src, limit);
        }
        readRefid(d, issues, chosen >= 0 ? src.lineStart(chosen) : -1);
    }

    /**
     * The site puts a date line ({@code Wednesday, 29 November 2000, 13:59}) above some texts; without a DTG its year
     * is the only year the text gives for the cable id. Two digits, like a DTG year.
     */
    private static String siteDateYear(SourceText src, int limit) {
        for (int i = 0; i < Math.min(limit, 60); i++) {
            Matcher m = SITE_DATE.matcher(src.line(i).trim());
            if (m.matches()) {
                return m.group(1).substring(2);
            }
        }
        return null;
    }

    /** The routing block ends at the first blank line after the FM line's address lines. */
    private static int blockEnd(SourceText src, int fmLine, int limit) {
        for (int i = fmLine + 1; i < limit; i++) {
            if (src.line(i).isBlank()) {
                return src.lineStart(i);
            }
        }
        return src.lineEnd(limit - 1);
    }

    /**
     * Picks the classification line: one with an id after the FM line whose post is the FM post (texts that quote
     * another cable hold its classification line too), else the first with an id, else the first bare one.
     */
    private static int findClassificationLine(SourceText src, Draft d, Issues issues, int fmLine, int limit) {
        String fmPost = fmLine >= 0 ? fmPost(src.line(fmLine)) : null;
        int firstWithId = -1;
        int firstAfterFm = -1;
        int bare = -1;
        ClassificationLine[] seen = new ClassificationLine[limit];
        for (int i = 0; i < limit; i++) {
            ClassificationLine cl = ClassificationLine.read(src.line(i));
            seen[i] = cl;
            if (cl == null) {
                continue;
            }
            if (cl.hasId() || cl.section != null) {
                if (i > fmLine && fmPost != null && cl.post != null && samePost(fmPost, cl.post)) {
                    return apply(cl, i, d);
                }
                firstAfterFm = firstAfterFm < 0 && i > fmLine ? i : firstAfterFm;
                firstWithId = firstWithId < 0 ? i : firstWithId;
            } else if (bare < 0) {
                bare = i;
            }
        }
        int pick = firstAfterFm >= 0 ? firstAfterFm : firstWithId >= 0 ? firstWithId : bare;
        if (pick < 0) {
            issues.whole(IssueCode.MISSING_CLASSIFICATION, Severity.WARNING, "Cannot find a classification line");
            return -1;
        }
        return apply(seen[pick], pick, d);
    }

    private static String fmPost(String fmLine) {
        Matcher m = Scan.find(FM, fmLine, "FM", 0, 0);
        return m != null ? Posts.idPost(m.group(1)) : null;
    }

    private static boolean samePost(String fmPost, String post) {
        String idPost = post.replace(" ", "");
        return fmPost.startsWith(idPost) || idPost.startsWith(fmPost);
    }

    private static int apply(ClassificationLine cl, int line, Draft d) {
        d.classificationLine = line;
        d.classificationAsWritten = cl.level;
        d.classification = Classification.fromLabel(cl.compactLevel() + (cl.caveat.isEmpty() ? "" : "//" + cl.caveat))
                .orElse(null);
        for (String c : Whitespace.SPACES.split(Classification.SPACED_LETTERS.matcher(cl.caveat).replaceAll("").replace("/", " "))) {
            if (!c.isBlank()) {
                d.addCaveat(c.replace(" ", "").equals("EFTO") ? "EFTO" : c);
            }
        }
        for (String w : Whitespace.NON_LETTERS.split(cl.rest)) {
            if (LINE_CAVEATS.contains(w)) {
                d.addCaveat(w);
            }
        }
        d.section = cl.section;
        d.sectionCount = cl.sectionCount;
        d.post = cl.post;
        d.number = cl.number;
        d.year = cl.year;
        return line;
    }

    private static void readRouting(String region, Draft d, Issues issues) {
        Matcher dtg = Scan.find(Dtg.DTG, region, "Z", 6, 0);
        if (dtg != null) {
            d.dtgAsWritten = Whitespace.SPACES.matcher(dtg.group()).replaceAll(" ");
            d.dtg = Dtg.instant(dtg);
            if (d.dtg == null) {
                issues.add(IssueCode.INVALID_DTG, Severity.ERROR, dtg.start(), "Invalid date-time group '" + d.dtgAsWritten + "'");
            }
        } else {
            issues.whole(IssueCode.MISSING_DTG, Severity.WARNING, "Cannot find a date-time group");
        }
        Matcher p = dtg == null ? null : PRECEDENCE.matcher(region.substring(Math.max(0, dtg.start() - 8), dtg.end() + 1 > region.length() ? region.length() : dtg.end() + 1));
        if (p != null && p.find()) {
            d.precedence = switch (p.group(1)) {
                case "Z" -> "FLASH";
                case "O" -> "IMMEDIATE";
                case "P" -> "PRIORITY";
                default -> "ROUTINE";
            };
        }
        Matcher de = Scan.find(DE, region, "DE", 0, 0);
        if (de != null) {
            d.deNumber = de.group(1).replaceFirst("^0+(?=\\d)", "");
        }
        readAddresses(region, d, issues);
        Matcher zn = d.classification == null ? Scan.find(ROUTING_CLASS, region, "ZN", 0, 0) : null;
        if (zn != null) {
            d.classification = switch (zn.group(1)) {
                case "C" -> Classification.CONFIDENTIAL;
                case "S" -> Classification.SECRET;
                default -> Classification.UNCLASSIFIED;
            };
            issues.add(IssueCode.MISSING_CLASSIFICATION, Severity.INFO, zn.start(),
                    "Classification read from the routing line '" + zn.group() + "'");
        }
    }

    private static void readAddresses(String region, Draft d, Issues issues) {
        Matcher fm = Scan.find(FM, region, "FM", 0, 0);
        if (fm == null) {
            issues.whole(IssueCode.MISSING_ORIGIN, Severity.WARNING, "Cannot find an FM line");
            return;
        }
        d.originAsWritten = Whitespace.SPACES.matcher(fm.group(1).trim()).replaceAll(" ");
        d.origin = Posts.readable(d.originAsWritten);
        Matcher to = Scan.find(TO, region, "TO", 0, Math.max(0, fm.end() - 1));
        if (to == null) {
            return;
        }
        Matcher info = Scan.find(INFO, region, "INFO", 0, to.end());
        boolean hasInfo = info != null;
        int toEnd = hasInfo ? info.start() : region.length();
        d.to.addAll(addressees(region.substring(to.end(), toEnd)));
        if (hasInfo) {
            d.info.addAll(addressees(region.substring(info.end())));
        }
    }

    /** Splits an address block at routing indicators ({@code RUEHC/}) or, without them, at line ends. */
    static List<String> addressees(String block) {
        List<String> out = new ArrayList<>();
        String trimmed = (block.indexOf("day, ") >= 0 ? SITE_DATE.matcher(block).replaceAll(" ") : block).strip();
        if (trimmed.isEmpty()) {
            return out;
        }
        String[] parts = ROUTING_INDICATOR.matcher(trimmed).find()
                ? ROUTING_INDICATOR.split(trimmed.replace('\n', ' '))
                : trimmed.split("\n");
        for (String part : parts) {
            String a = ADDRESSEE_TAIL.matcher(Whitespace.collapse(part)).replaceAll("").trim();
            if (!a.isEmpty() && !a.equals("BT") && a.chars().anyMatch(Character::isLetter) && !SITE_DATE.matcher(a).matches()) {
                out.add(a);
            }
        }
        return out;
    }

    private static void readRefid(Draft d, Issues issues, int at) {
        if (d.post == null && d.deNumber != null && d.dtg != null && d.originAsWritten != null
                && d.originAsWritten.matches("(?:AMEMBASSY|AMCONSUL|USINT) [A-Z ]+")) {
            d.refid = Dtg.twoDigitYear(d.dtg) + Posts.idPost(d.originAsWritten) + d.deNumber;
            issues.whole(IssueCode.MISSING_REFID, Severity.WARNING, "No classification line with the cable id; id '"
                    + d.refid + "' read from the FM and routing lines");
            return;
        }
        if (d.post == null) {
            issues.whole(IssueCode.MISSING_REFID, Severity.ERROR, "Cannot find the post and number of the cable id");
            return;
        }
        d.refidAsWritten = (d.year == null ? "" : d.year + " ") + d.post + " " + d.number;
        String year = d.year != null ? d.year : d.dtg != null ? Dtg.twoDigitYear(d.dtg) : d.siteYear;
        if (d.year == null && d.dtg == null && d.siteYear != null) {
            issues.add(IssueCode.MISSING_DTG, Severity.INFO, at, "No date-time group; the id's year is taken from the date line");
        }
        boolean numberOk = REFID_NUMBER.matcher(d.number).matches();
        boolean postOk = d.post.matches("[A-Z][A-Z ]*[A-Z]") && postAgrees(d);
        if (numberOk && !postOk && d.deNumber != null && d.originAsWritten.matches("(?:AMEMBASSY|AMCONSUL|USINT) .*")) {
            issues.add(IssueCode.GARBLED_REFID, Severity.WARNING, at, "Classification line names '" + d.refidAsWritten
                    + "', not the FM post (a quoted cable?); the id is read from the FM and routing lines");
            d.post = Posts.idPost(d.originAsWritten);
            d.number = d.deNumber;
        } else if (!numberOk || !postOk) {
            issues.add(IssueCode.GARBLED_REFID, Severity.ERROR, at, "Cannot read cable id '" + d.refidAsWritten + "'"
                    + (d.deNumber != null ? " (routing line gives number " + d.deNumber + ")" : ""));
            return;
        }
        if (year == null) {
            issues.add(IssueCode.MISSING_REFID, Severity.WARNING, at, "Cannot tell the year of cable id '"
                    + d.refidAsWritten + "': no date-time group");
            return;
        }
        String number = d.number.replaceFirst("^0+(?=\\d)", "");
        if (d.deNumber != null && number.length() <= 4 && !number.equals(d.deNumber)) {
            issues.add(IssueCode.GARBLED_REFID, Severity.WARNING, at, "Classification line gives number " + number
                    + " but the routing line gives " + d.deNumber + "; using the routing line's");
            number = d.deNumber;
        }
        // WikiLeaks ids keep an EFTO marker that stands before the post (09EFTOLONDON2521): users join on them.
        String efto = d.caveats.contains("EFTO") ? "EFTO" : "";
        d.refid = year + efto + d.post.replace(" ", "") + number;
    }

    /** The id's post must be the FM line's post when both are present (a garbled id spells it differently). */
    private static boolean postAgrees(Draft d) {
        if (d.originAsWritten == null || !d.originAsWritten.startsWith("AM")) {
            return true;
        }
        return samePost(Posts.idPost(d.originAsWritten), d.post) || "KIEV".equals(d.post.replace(" ", ""));
    }

}
