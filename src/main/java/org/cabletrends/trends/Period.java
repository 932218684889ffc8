package org.cabletrends.trends;

/**
 * A month or a year of the trend tables. {@code index}: year·12 + month − 1 for a month, the year for a year; periods
 * of one level follow each other when their indexes do.
 */
record Period(int index, int year, Integer month) {
    /** The period of a cable at the month level (null when it has no month) or at the year level. */
    static Period of(int year, Integer month, boolean monthly) {
        if (!monthly) {
            return new Period(year, year, null);
        }
        return month == null ? null : new Period(year * 12 + month - 1, year, month);
    }

    /** 'yyyy-MM' of a month index. */
    static String monthOf(int index) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", index / 12, index % 12 + 1);
    }
}
