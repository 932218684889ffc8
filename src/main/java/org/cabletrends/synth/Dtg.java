package org.cabletrends.synth;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats of cables: DTG {@code 050850Z OCT 09}, DE-line julian time, partial-extract and CSV dates. */
final class Dtg {
    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ROOT);
    private static final DateTimeFormatter JULIAN = DateTimeFormatter.ofPattern("DDDHHmm", Locale.ROOT);
    private static final DateTimeFormatter EXTRACT = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter CSV = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DECL = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private Dtg() {
    }

    static String format(ZonedDateTime at) {
        return DTG.format(at).toUpperCase(Locale.ROOT);
    }

    static String julian(ZonedDateTime at) {
        return JULIAN.format(at);
    }

    static String extract(ZonedDateTime at) {
        return EXTRACT.format(at);
    }

    static String csv(ZonedDateTime at) {
        return CSV.format(at);
    }

    static String decl(java.time.LocalDate date) {
        return DECL.format(date);
    }
}
