package org.cabletrends.cable;

import java.util.Locale;
import java.util.Set;

/** Title case for display: {@code KAZAKHSTAN: GRASS-ROOTS DEMOCRACY AT WORK} → {@code Kazakhstan: Grass-Roots Democracy at Work}. */
final class Subjects {
    private static final Set<String> MINOR = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "of", "on", "or", "over", "the", "to", "up", "upon", "vs", "via", "with");
    private static final Set<String> SHORT_WORDS = Set.of("ALL", "AND", "ANY", "ARE", "BIG", "BUT", "CAN", "DAY", "FEW",
            "FOR", "GET", "HAS", "HOW", "ITS", "KEY", "LAW", "MAY", "NEW", "NOT", "NOW", "OFF", "OLD", "ONE", "OUR", "OUT",
            "SAY", "SEE", "SET", "SIX", "TEN", "THE", "TOP", "TWO", "USE", "WAR", "WAY", "WHO", "WHY", "WIN", "YET", "AID",
            "END", "BAD", "OIL", "TAX", "JOB", "ACT", "AGE", "AIR", "ARM", "ART", "BAN", "BID", "BOY", "CUT", "DUE",
            "FAR", "FUN", "GAS", "GUN", "HIT", "LOW", "MAN", "MEN", "NOR", "ODD", "OWN", "PAY", "PUT", "RUN", "SIT",
            "TIE", "TRY", "VOW", "WIT", "YES", "IS", "IT", "BE", "DO", "GO", "HE", "IF", "ME", "MY", "NO", "SO", "WE");

    private Subjects() {
    }

    static String display(String subject) {
        if (!subject.equals(subject.toUpperCase(Locale.ROOT))) {
            return subject; // already mixed case: the author's casing wins
        }
        StringBuilder out = new StringBuilder(subject.length());
        int i = 0;
        boolean first = true;
        while (i < subject.length()) {
            int j = i;
            while (j < subject.length() && isWordChar(subject.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(word(subject.substring(i, j), first, i > 0 ? subject.charAt(i - 1) : ' '));
                first = false;
                i = j;
            } else {
                out.append(subject.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static String word(String w, boolean first, char before) {
        String lower = w.toLowerCase(Locale.ROOT);
        boolean acronym = w.length() <= 3 && !SHORT_WORDS.contains(w) && !MINOR.contains(lower) && before != '\''
                || w.length() >= 4 && w.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0) && w.chars().allMatch(Character::isLetter);
        if (acronym && w.chars().anyMatch(Character::isLetter)) {
            return w;
        }
        if (!first && before == ' ' && MINOR.contains(lower)) {
            return lower;
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
