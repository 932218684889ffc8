package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TAGS lines: space-, comma- or markdown-link-separated codes, with each code's kind where known. */
final class Tags {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{1,60})\\]\\([^)\\n]*\\)");
    private static final Pattern PERSON_IN_PARENS = Pattern.compile("\\(([^()]{2,80})\\)");
    private static final Set<String> ORGANISATIONS = Set.of("UN", "UNSC", "UNGA", "NATO", "EU", "OSCE", "IAEA", "WTO",
            "ASEAN", "AU", "OAS", "UNHCR", "OPEC", "APEC", "ICTY", "ICC", "UNDP", "ECOWAS", "SADC", "IMF", "WB", "G8",
            "G20", "OECD", "WHO", "UNESCO", "UNICEF", "ILO", "IOM", "INTERPOL", "NAM", "GCC", "SCO", "CSTO", "CIS",
            "MDC", "ZANU-PF", "HAMAS", "FARC", "PKK", "ETA", "CTBTO", "UNMIK", "UNAMA", "UNAMI", "MONUC", "KFOR",
            "ISAF", "EUFOR", "SAARC", "IGAD", "OIC", "ARF", "CARICOM", "MERCOSUR", "UNASUR", "ALBA", "PA", "PLO");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^A-Z0-9]+|[^A-Z0-9]+$");
    private static final Pattern SUBJECT = Pattern.compile("[ACEMOPST][A-Z]{3}");
    private static final Pattern PROGRAM = Pattern.compile("K[A-Z]{3}");
    private static final Pattern GEO = Pattern.compile("[A-Z]{2}");

    private Tags() {
    }

    static List<Tag> parse(String text) {
        String cased = text.chars().noneMatch(Character::isUpperCase) ? text.toUpperCase(java.util.Locale.ROOT) : text;
        String plain = MARKDOWN_LINK.matcher(cased).replaceAll(" $1 ");
        List<Tag> tags = new ArrayList<>();
        Matcher person = PERSON_IN_PARENS.matcher(plain);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (person.find()) {
            rest.append(plain, last, person.start()).append(',');
            last = person.end();
            tags.add(new Tag(Whitespace.collapse(person.group(1)), TagKind.PERSON));
        }
        rest.append(plain.substring(last));
        List<Tag> codes = new ArrayList<>();
        for (String item : rest.toString().split(",")) {
            addItem(item.trim(), codes);
        }
        codes.addAll(tags);
        return codes;
    }

    private static void addItem(String item, List<Tag> out) {
        if (item.isEmpty()) {
            return;
        }
        String[] words = Whitespace.SPACES.split(item);
        boolean allCodes = true;
        for (String w : words) {
            allCodes &= w.length() <= 12 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }
        if (allCodes) {
            for (String w : words) {
                String code = EDGE_PUNCTUATION.matcher(w).replaceAll("");
                if (!code.isEmpty()) {
                    out.add(new Tag(code, kind(code)));
                }
            }
        } else {
            out.add(new Tag(Whitespace.collapse(item), item.contains(" ") ? TagKind.UNKNOWN : kind(item)));
        }
    }

    static TagKind kind(String code) {
        if (ORGANISATIONS.contains(code)) {
            return TagKind.ORGANISATION;
        }
        if (GEO.matcher(code).matches()) {
            return TagKind.GEOGRAPHIC;
        }
        if (PROGRAM.matcher(code).matches()) {
            return TagKind.PROGRAM;
        }
        if (SUBJECT.matcher(code).matches()) {
            return TagKind.SUBJECT;
        }
        return TagKind.UNKNOWN;
    }
}
