package org.cabletrends.topics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the cable boilerplate that the parser leaves in paragraph text, by form rather than by file: remnants of
 * routing headers and preambles in texts the parser could not split (flattened or CSV-wrapped cables), page-break
 * lines inside sentences, portion markings, SUMMARY/COMMENT markers, caveats, classified-website notices, URLs,
 * redaction runs and a trailing signer. Spans inside a sentence become a space; spans that end a thought become a
 * blank line, which {@link TopicText} reads as a sentence boundary (no phrase spans it).
 */
public final class Boilerplate {
    /** Whitespace with at most one line break: a rule never runs across a blank line. */
    private static final String SP = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*(?![ \\t]*\\n))";
    private static final String SEP = "(?:" + SP + "|[ \\t]*[\",][\",\\t ]*)";
    private static final String BOUNDARY = "\n\n";
    private static final String CLASS_WORD = "(?:C O N F I D E N T I A L|S E C R E T|U N C L A S(?: S I F I E D)?"
            + "|CONFIDENTIAL|TOP SECRET|SECRET|UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE)";
    /** An upper-case run: tokens without lower-case letters, bounded (no deep regex recursion on long texts). */
    private static String upperRun(String stop, int most) {
        return "(?:" + SEP + "(?!" + stop + ")[^\\sa-z\",]++(?=[\\s\",]|$)){0," + most + "}+";
    }

    /**
     * A pattern and its replacement, tried only when the text holds one of {@code cues} (case-sensitive) or of
     * {@code lowerCues} (in the lower-cased text): a plain search is much cheaper than a regex scan of every
     * paragraph, and most rules meet few paragraphs.
     */
    private record Rule(Pattern pattern, String replacement, List<String> cues, List<String> lowerCues) {
        Rule when(String... c) {
            return new Rule(pattern, replacement, List.of(c), lowerCues);
        }

        Rule whenLower(String... c) {
            return new Rule(pattern, replacement, cues, List.of(c));
        }

        boolean applies(String text, String lower) {
            if (cues.isEmpty() && lowerCues.isEmpty()) {
                return true;
            }
            return cues.stream().anyMatch(text::contains) || lowerCues.stream().anyMatch(lower::contains);
        }
    }

    private static final List<Rule> RULES = List.of(
            // A cables.csv row quoted whole: id,date,refid,"origin",classification,references,"
            boundary("^\\s*\\d+,\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2},[^,\\n]*,\"[^\"]*\",[^,\\n]*,[^,\\n]*,\""),
            // A metadata block (id: … date: … header:) and the end of its header.
            boundary("(?s)\\bid:\\s*\\d+\\s+date:.{0,400}?\\bheader:").when("header:"),
            boundary("-*[ \\t]*header ends[ \\t]*-*").when("header ends"),
            // Routing block: VZCZC and every following upper-case token up to a classification word.
            boundary("\\bVZCZC[A-Z0-9]*" + upperRun(CLASS_WORD + "\\b", 300)).when("VZCZC"),
            // Page-break line inside a sentence: [POST] 00001771 002.2 OF 003.
            space("(?:\\b[A-Z][A-Z'.&-]*[ \\t]+){0,3}\\d{5,8}[ \\t]+\\d{3}(?:\\.\\d)?[ \\t]+OF[ \\t]+\\d{3}\\b").when(" OF ", "\tOF "),
            // Caveats and handling lines.
            boundary("\\b(?:SENSITIVE BUT UNCLASSIFIED|FOR OFFICIAL USE ONLY|NOT FOR INTERNET DISTRIBUTION"
                    + "|PLEASE PROTECT ACCORDINGLY|E F T O|SIPDIS|NOFORN|NODIS|EXDIS|LIMDIS|STADIS|NOCONTRACT"
                    + "|ORCON|PROPIN)\\b[.-]*").when("SENSITIVE", "OFFICIAL USE", "INTERNET", "PROTECT", "E F T O", "SIPDIS", "NOFORN", "NODIS",
                    "EXDIS", "LIMDIS", "STADIS", "NOCONTRACT", "ORCON", "PROPIN"),
            // Classification line: level, SECTION n OF m, post and serial.
            boundary("\\b" + CLASS_WORD + "\\b(?://(?:FOR OFFICIAL USE ONLY|[A-Z]+))?(?:" + SP + "SECTION" + SP
                    + "\\d+" + SP + "OF" + SP + "\\d+)?(?:" + SP + "(?:[A-Z][A-Z'.-]*" + SP + "){1,3}0\\d{4,6}\\b)?").when("C O N F", "S E C R E T", "U N C L", "CONFIDENTIAL", "SECRET", "UNCLAS", "LIMITED OFFICIAL"),
            boundary("\\bSECTION" + SP + "\\d+" + SP + "OF" + SP + "\\d+\\b").when("SECTION"),
            // E.O. 12958: DECL: 01/29/2020 | N/A ; DECL: OADR.
            boundary("\\bE\\.?[ \\t]?O\\.?[ \\t]?1\\d{4}\\b:?(?:" + SP + "(?:DECL(?:ASSIFY)?:?[ \\t]*[A-Z0-9/.,-]+|N/A))?").when("O1", "O 1", "O.1", "O. 1"),
            boundary("\\bDECL:[ \\t]*[A-Za-z0-9/.,-]+").when("DECL:"),
            // TAGS: codes up to SUBJECT; SUBJECT: and its upper-case text; REF: and its upper-case items.
            boundary("\\bTAGS:?" + upperRun("SUBJ(?:ECT)?\\b", 60)).when("TAGS"),
            boundary("\\bSUBJ(?:ECT)?:" + upperRun("REFS?:|CLASSIFIED BY", 80)).when("SUBJ"),
            boundary("\\bREFS?:" + upperRun("CLASSIFIED BY", 80)).when("REF"),
            // Classified By: … Reason(s) 1.4 (b) and (d).
            boundary("(?is)\\bclassified" + SP + "by\\b.{0,300}?\\breasons?\\b:?[ \\t]*1\\.[45]"
                    + "(?:[ \\t]*(?:\\(?[a-h]\\)?(?![a-z])|,|&|and\\b))*\\.?").whenLower("classified"),
            boundary("(?i)\\bclassified" + SP + "by\\b[^.\\n]{0,120}\\.?").whenLower("classified"),
            boundary("(?i)\\breasons?:?[ \\t]*1\\.[45](?:[ \\t]*(?:\\(?[a-h]\\)?(?![a-z])|,|&|and\\b))*\\.?").whenLower("reason"),
            // Portion markings (C) (SBU) (S//NF) (C/REL NATO).
            space("\\((?:U|C|S|TS|SBU|LOU|FOUO|CUI)(?:[ \\t]*/{1,2}[ \\t]*(?:NF|NOFORN|REL[A-Z ,]*|OC|ORCON|FOUO"
                    + "|SBU|PROPIN|EXDIS|NODIS))*\\)").when("("),
            // Summary and comment markers.
            boundary("(?i)\\b(?:end|begin)[ \\t]+(?:of[ \\t]+)?(?:summary|comment|note|text|quote|excerpt|cable"
                    + "|message)(?:[ \\t]+and[ \\t]+(?:comment|action[ \\t]+request))?\\b[.:]?").whenLower("end", "begin"),
            boundary("(?i)\\b(?:summary|comment|note|introduction)(?:[ \\t]+and[ \\t]+(?:comment|action"
                    + "[ \\t]+request))?[ \\t]*:").whenLower(":"),
            boundary("(?i)^[\\s\\d.¶]*(?:summary|comment|note|introduction)[ \\t]*[.-]+"),
            boundary("(?i)\\bminimize[ \\t]+considered\\b\\.?").whenLower("minimize"),
            // Classified-website notices, URLs, e-mail addresses.
            boundary("(?i)(?:please[ \\t]+)?visit[ \\t]+[^.:\\n]{0,60}?classified[ \\t]+(?:siprnet[ \\t]+)?"
                    + "web[ \\t]?site(?:[ \\t]+at)?[ \\t]*[:;.]?").whenLower("site"),
            boundary("(?i)\\bclassified[ \\t]+(?:siprnet[ \\t]+)?web[ \\t]?site\\b").whenLower("site"),
            space("(?i)\\b(?:https?://|www\\.)\\S+").whenLower("http", "www."),
            space("\\S+@\\S+\\.\\S+").when("@"),
            // Redactions.
            space("(?i)\\bx{4,}\\b").whenLower("xxxx"));
    /** Signer: a lone upper-case name after the last sentence; tried on the end of the text only. */
    private static final Pattern SIGNER = Pattern.compile(
            "(?<=[.!?\"”*)])\\s+[A-Z][A-Z'’-]{2,}(?:[ \\t]+[A-Z][A-Z'’-]+)?[ \\t]*[\"”.]*[ \\t]*$");
    private static final int SIGNER_REACH = 80;

    /** "A/S Feltman cleared this message.": removed from the sentence start (see {@link #clearances}). */
    private static final Pattern CLEARED = Pattern.compile("(?i)\\b(?:cleared|did[ \\t]+not[ \\t]+clear|has[ \\t]+not"
            + "[ \\t]+cleared)[ \\t]+(?:on[ \\t]+)?this[ \\t]+(?:message|cable|telegram)\\b\\.?");
    private static final int CLEARANCE_REACH = 80;

    private Boilerplate() {
    }

    private static Rule boundary(String regex) {
        return new Rule(Pattern.compile(regex), BOUNDARY, List.of(), List.of());
    }

    private static Rule space(String regex) {
        return new Rule(Pattern.compile(regex), " ", List.of(), List.of());
    }

    /** The text without boilerplate; never null. */
    public static String strip(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replace("\r", "");
        String lower = s.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.applies(s, lower)) {
                s = rule.pattern().matcher(s).replaceAll(rule.replacement());
            }
        }
        if (lower.contains("this")) {
            s = clearances(s);
        }
        return signer(s);
    }

    private static String signer(String s) {
        int from = Math.max(0, s.length() - SIGNER_REACH);
        Matcher m = SIGNER.matcher(s).region(from, s.length()).useTransparentBounds(true);
        return m.find() ? s.substring(0, m.start()) + " " : s;
    }

    /**
     * Clearance sentences, from the sentence start (at most {@value #CLEARANCE_REACH} characters back) to the
     * matched words: found by their words first, since a pattern starting with a run of any character would be
     * tried at every position of long texts.
     */
    private static String clearances(String s) {
        Matcher m = CLEARED.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        do {
            int from = m.start();
            int least = Math.max(copied, from - CLEARANCE_REACH);
            while (from > least && s.charAt(from - 1) != '.' && s.charAt(from - 1) != '\n') {
                from--;
            }
            out.append(s, copied, from).append(BOUNDARY);
            copied = m.end();
        } while (m.find());
        return out.append(s, copied, s.length()).toString();
    }
}
