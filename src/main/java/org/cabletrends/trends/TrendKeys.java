package org.cabletrends.trends;

import java.util.Comparator;

/**
 * What the theme and topic trend tables share about their keys: the post of a cable without an origin, and the order
 * of posts, themes and terms, which is Spark's string order so that tables built on the driver come out as Spark's
 * {@code orderBy} gave them.
 */
public final class TrendKeys {
    /** The post of a cable without an origin. */
    public static final String UNKNOWN_POST = "UNKNOWN";
    /** Spark orders strings by their UTF-8 bytes, that is by code point, not by UTF-16 unit as String does. */
    public static final Comparator<String> CODE_POINTS = TrendKeys::compareCodePoints;

    private TrendKeys() {
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
