package org.cabletrends.cable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date-time groups ({@code 050850Z OCT 09}) and the two-digit years of cable ids. */
final class Dtg {
    static final Pattern DTG = Pattern.compile("\\b([0-3]\\d)([0-2]\\d)([0-5]\\d)Z\\s{1,3}([A-Z]{3})\\s{1,3}(\\d{2}|\\d{4})\\b");
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private Dtg() {
    }

    /** The instant of a DTG match, or null when its day, hour or month is out of range. */
    static Instant instant(Matcher m) {
        int month = MONTHS.indexOf(m.group(4).toUpperCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        try {
            return LocalDateTime.of(fullYear(m.group(5)), month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Two-digit years pivot at 1960: the released cables run from 1966 to 2010. */
    static int fullYear(String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 4) {
            return y;
        }
        return y >= 60 ? 1900 + y : 2000 + y;
    }

    static String twoDigitYear(Instant instant) {
        int y = instant.atZone(ZoneOffset.UTC).getYear() % 100;
        return y < 10 ? "0" + y : Integer.toString(y);
    }
}
