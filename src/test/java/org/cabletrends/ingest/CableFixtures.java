package org.cabletrends.ingest;

import java.util.List;

/** Invented cables for ingest tests, in the site form (routing header, blank line, text) and as cables.csv rows. */
final class CableFixtures {
    private CableFixtures() {
    }

    /** A site-form cable; {@code serial} (e.g. 412) and {@code post} (e.g. OSLO) make the refid 07OSLO412. */
    static String siteCable(String post, int serial, String subject, String extraLine) {
        return String.join("\n", List.of(
                "P 131530Z MAR 07",
                "FM AMEMBASSY " + post,
                "TO RUEHC/SECSTATE WASHDC PRIORITY 5521",
                "",
                "C O N F I D E N T I A L " + post + " " + String.format("%06d", serial),
                "",
                "SIPDIS",
                "",
                "E.O. 12958: DECL: 03/13/2017",
                "TAGS: PGOV SOCI KDEM NO",
                "SUBJECT: " + subject,
                "",
                "Classified By: Political Counselor Jane Example for reasons 1.4 (b) and (d).",
                "",
                "1. (C) Summary: Invented text about volunteer reading rooms in three towns. End Summary.",
                "",
                "2. (U) " + extraLine,
                "",
                "3. (C) Comment: The model is small but shows how civic spaces widen participation. End Comment.",
                "EXAMPLE",
                ""));
    }

    static String refid(String post, int serial) {
        return "07" + post + serial;
    }

    /** One record of the cables.csv dialect; quotes and backslashes of the fields escaped as the dialect does. */
    static String csvRow(int id, String date, String refid, String origin, String classification, String header,
                         String content) {
        return "\"" + id + "\",\"" + date + "\",\"" + refid + "\",\"" + origin + "\",\"" + classification + "\",\"\",\""
                + escape(header) + "\",\"" + escape(content) + "\"\n";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
