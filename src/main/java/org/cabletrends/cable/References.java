package org.cabletrends.cable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REF blocks: {@code REF: A. 08ASTANA1234 B. STATE 12345}. Items are split at their letters; cable ids are read
 * from each item. An id written without its year ({@code ASTANA 1234}) is taken to be of this cable's year, the
 * drafting convention for same-year references.
 */
final class References {
    private static final Pattern HEAD = Pattern.compile("^\\s*REF(?:S|ERENCES?|TELS?)?\\s*:?\\s*");
    private static final Pattern ITEM = Pattern.compile("(?:^|\\s)(?:¶\\s?)?(?:\\(([A-Z])\\)|([A-Z])[.)])\\s+");
    private static final Pattern ID = Pattern.compile("\\b(?:(\\d{2}) ?)?([A-Z]{2,}(?: [A-Z]{2,}){0,2}) ?(\\d{1,6})\\b");
    private static final Set<String> NOT_POSTS = Set.of("REF", "REFS", "REFTEL", "TEL", "PARA", "PARAS", "SECTION",
            "AND", "ALSO", "SEE", "THE", "OF", "DATED", "NOTAL", "MEMCON", "EMAIL", "FAX", "PAGE", "NOV", "DEC", "JAN",
            "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "IIR", "TDX", "DTG", "FOR", "ON");

    private References() {
    }

    static List<Reference> parse(String block, Draft d) {
        String text = Whitespace.collapse(HEAD.matcher(block.replace('\n', ' ')).replaceFirst(""));
        List<Reference> out = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        while (m.find()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2);
            if (letters.isEmpty() ? letter.equals("A") : letter.charAt(0) == letters.get(letters.size() - 1).charAt(0) + 1) {
                starts.add(new int[] {m.start(), m.end()});
                letters.add(letter);
            }
        }
        if (letters.isEmpty()) {
            out.add(new Reference(null, text, ids(text, d)));
            return out;
        }
        for (int i = 0; i < letters.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String item = text.substring(starts.get(i)[1], end).trim();
            out.add(new Reference(letters.get(i), item, ids(item, d)));
        }
        return out;
    }

    static List<String> ids(String text, Draft d) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            String post = m.group(2);
            if (post.length() < 4 || NOT_POSTS.contains(post) || NOT_POSTS.contains(post.split(" ")[0])) {
                continue;
            }
            String year = m.group(1) != null ? m.group(1) : d.dtg != null ? Dtg.twoDigitYear(d.dtg) : d.year;
            if (year != null) {
                ids.add(year + post.replace(" ", "") + m.group(3).replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return List.copyOf(ids);
    }
}
