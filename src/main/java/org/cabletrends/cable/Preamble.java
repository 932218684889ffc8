package org.cabletrends.cable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields between the classification line and the first paragraph: caveat lines, E.O., TAGS, SUBJECT, REF and
 * Classified By. Each field may wrap over several lines; a field ends at a blank line or where another starts.
 */
final class Preamble {
    private static final int MAX_LINES = 120;
    static final Pattern EO = Pattern.compile("^\\s*E\\.? ?O\\.?\\s*(1\\d{4})\\b.*", Pattern.CASE_INSENSITIVE);
    static final Pattern TAGS = Pattern.compile("^\\s*TAGS?\\s*:?\\s+(.*)", Pattern.CASE_INSENSITIVE);
    static final Pattern SUBJECT = Pattern.compile("^\\s*SUBJ(?:ECT)?\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    static final Pattern REF = Pattern.compile("^\\s*REF(?:S|ERENCES?|TELS?)?\\s*:\\s*(.*)|^\\s*REF\\s+(.*)");
    static final Pattern CLASSIFIED_BY = Pattern.compile("^\\s*CLASSIFIED\\s+BY\\s*:?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECL = Pattern.compile("DECL(?:ASSIFY)?(?:\\s*ON)?\\s*:?\\s*(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b");
    private static final Pattern REASONS = Pattern.compile("[,.;]?\\s*(?:for\\s+|for:\\s*)?reasons?\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKING_PREFIX = Pattern.compile("^\\(([A-Z]{1,4}(?://?[A-Z]{1,6})*)\\)\\s*");
    static final Set<String> CAVEATS = Set.of("SENSITIVE", "SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS",
            "ROGER", "CHEROKEE", "SBU", "FOUO", "PROTECT", "NOCONTRACT", "ORCON", "PROPIN", "REL", "EFTO", "TERREP",
            "DEA", "HANDLE", "AS", "NOT", "FOR", "INTERNET", "DISTRIBUTION", "BUT", "UNCLASSIFIED", "CHANNEL");

    /** Handling caveats recorded from a caveat line. */
    private static final Set<String> HANDLING = Set.of("SENSITIVE", "SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS",
            "STADIS", "ROGER", "CHEROKEE", "SBU", "FOUO", "NOCONTRACT", "ORCON", "PROPIN", "EFTO", "TERREP");
    /** Caveats that may close a pass-to line. */
    private static final Set<String> TRAILING = Set.of("SENSITIVE", "SIPDIS", "NOFORN");

    private enum Field { NONE, EO, TAGS, SUBJECT, REF, CLASSIFIED_BY }

    private Preamble() {
    }

    /** Reads from the line after the classification line; sets {@code d.preambleEnd} to the first body line. */
    static void read(SourceText src, Draft d, Issues issues) {
        int first = Math.max(d.classificationLine + 1, d.routingEndLine);
        int limit = Math.min(src.lineCount(), first + MAX_LINES);
        Field field = Field.NONE;
        StringBuilder value = new StringBuilder();
        int fieldStart = 0;
        int end = first;
        for (int i = first; i < limit; i++) {
            String line = src.line(i);
            Field starts = fieldOf(line);
            boolean stop = starts == Field.NONE && (Paragraphs.isMarkerLine(line) || Paragraphs.isHeadingLike(src, i));
            if (starts != Field.NONE || line.isBlank() || stop) {
                if (field != Field.NONE && !(field == Field.REF && refContinues(src, i, line))) {
                    finish(field, value.toString(), fieldStart, src, d, issues);
                    field = Field.NONE;
                    end = i;
                }
            }
            if (stop) {
                break;
            }
            if (starts != Field.NONE) {
                field = starts;
                value.setLength(0);
                fieldStart = src.lineStart(i);
                end = i + 1;
            } else if (field == Field.NONE && !line.isBlank()) {
                if (isCaveatLine(line)) {
                    addCaveats(line, d);
                    end = i + 1;
                } else if (d.subject == null) {
                    addTrailingCaveats(line, d);
                } else {
                    break; // unnumbered body text after the subject
                }
            }
            if (field != Field.NONE) {
                value.append(line.trim()).append('\n');
                end = i + 1;
            }
        }
        if (field != Field.NONE) {
            finish(field, value.toString(), fieldStart, src, d, issues);
        }
        d.preambleEnd = end;
    }

    /** A REF block goes on past a blank line when the next item is lettered ({@code B. ANKARA 8252}). */
    private static boolean refContinues(SourceText src, int i, String line) {
        if (!line.isBlank()) {
            return false;
        }
        int next = i + 1;
        return next < src.lineCount() && src.line(next).matches("\\s*(?:¶\\s?)?\\(?[A-Z][.)]\\s.*");
    }

    static Field fieldOf(String line) {
        if (line.length() > 2000 || !mayStartField(line)) {
            return Field.NONE;
        }
        if (EO.matcher(line).matches()) return Field.EO;
        if (TAGS.matcher(line).matches()) return Field.TAGS;
        if (SUBJECT.matcher(line).matches()) return Field.SUBJECT;
        if (REF.matcher(line).matches()) return Field.REF;
        if (CLASSIFIED_BY.matcher(line).matches()) return Field.CLASSIFIED_BY;
        return Field.NONE;
    }

    /** Every field starts with E, T, S, R or C (any case) after blanks. */
    private static boolean mayStartField(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = Character.toUpperCase(line.charAt(i));
            if (c != ' ' && c != '\t') {
                return c == 'E' || c == 'T' || c == 'S' || c == 'R' || c == 'C';
            }
        }
        return false;
    }

    static boolean isFieldLine(String line) {
        return fieldOf(line) != Field.NONE;
    }

    private static boolean isCaveatLine(String line) {
        return line.length() <= 80 && onlyCaveatWords(line.trim());
    }

    /** Every word of the text is a caveat word (SIPDIS, SENSITIVE, NOT FOR INTERNET DISTRIBUTION …). */
    static boolean onlyCaveatWords(String text) {
        String[] words = Whitespace.NON_LETTERS.split(text.toUpperCase(Locale.ROOT));
        if (words.length == 0) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !CAVEATS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static void addCaveats(String line, Draft d) {
        String upper = Whitespace.SPACES.matcher(line.trim().toUpperCase(Locale.ROOT)).replaceAll(" ");
        if (upper.contains("NOT FOR INTERNET DISTRIBUTION")) {
            d.addCaveat("NOT FOR INTERNET DISTRIBUTION");
            upper = upper.replace("NOT FOR INTERNET DISTRIBUTION", " ");
        }
        for (String w : Whitespace.NON_LETTERS.split(upper)) {
            if (HANDLING.contains(w)) {
                d.addCaveat(w);
            }
        }
    }

    /** Pass-to lines sometimes end with the caveats: {@code ... AID/W FOR LAC/AA SENSITIVE SIPDIS}. */
    private static void addTrailingCaveats(String line, Draft d) {
        String[] words = Whitespace.SPACES.split(line.trim());
        for (int k = words.length - 1; k >= 0 && TRAILING.contains(words[k]); k--) {
            d.addCaveat(words[k]);
        }
    }

    private static void finish(Field field, String raw, int at, SourceText src, Draft d, Issues issues) {
        String text = raw.trim();
        switch (field) {
            case EO -> readEo(text, at, d, issues);
            case TAGS -> {
                Matcher m = TAGS.matcher(text.replace('\n', ' '));
                d.tags.addAll(Tags.parse(m.matches() ? m.group(1) : text));
            }
            case SUBJECT -> readSubject(text, d);
            case REF -> d.references.addAll(References.parse(text, d));
            case CLASSIFIED_BY -> readClassifiedBy(text, d);
            default -> { }
        }
    }

    private static void readEo(String text, int at, Draft d, Issues issues) {
        d.eoLine = Whitespace.SPACES.matcher(text).replaceAll(" ");
        Matcher m = DECL.matcher(d.eoLine.toUpperCase(Locale.ROOT));
        if (!m.find()) {
            return;
        }
        try {
            int year = m.group(3).length() == 4 ? Integer.parseInt(m.group(3)) : 2000 + Integer.parseInt(m.group(3));
            d.declassifyOn = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            issues.add(IssueCode.INVALID_DECLASSIFICATION_DATE, Severity.WARNING, at,
                    "Invalid declassification date '" + m.group() + "'");
        }
    }

    private static void readSubject(String text, Draft d) {
        Matcher m = SUBJECT.matcher(text.replace('\n', ' '));
        String subject = Whitespace.collapse(m.matches() ? m.group(1) : text);
        subject = MARKING_PREFIX.matcher(subject).replaceFirst("");
        subject = Markdown.unescape(subject);
        if (!subject.isEmpty()) {
            d.subject = subject;
            d.subjectDisplay = Subjects.display(subject);
        }
    }

    private static void readClassifiedBy(String text, Draft d) {
        Matcher m = CLASSIFIED_BY.matcher(text.replace('\n', ' '));
        String all = Whitespace.collapse(m.matches() ? m.group(1) : text);
        Matcher r = REASONS.matcher(all);
        if (r.find()) {
            d.reasons = r.group(1).trim().replaceAll("[.\\s]+$", "");
            all = all.substring(0, r.start());
        }
        d.classifiedBy = all.trim().replaceAll("[,.;:\\s]+$", "");
    }

}
