package org.cabletrends.cable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex search that starts only where a literal occurs: {@code String.indexOf} is vectorised, while a pattern with
 * a leading {@code \b} or {@code (?:^|\s)} is tried at every character. The pattern must match at the literal,
 * {@code back} characters before it.
 */
final class Scan {
    private Scan() {
    }

    static Matcher find(Pattern pattern, String text, String literal, int back, int from) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = text.indexOf(literal, Math.max(0, from + back)); i >= 0; i = text.indexOf(literal, i + 1)) {
            int start = i - back;
            if (start >= from && m.region(start, text.length()).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** Whether position {@code i} starts a word: the text start or whitespace before it. */
    static boolean atWordStart(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }
}
