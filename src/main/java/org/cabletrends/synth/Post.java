package org.cabletrends.synth;

import java.util.Locale;

/**
 * A sending post.
 *
 * @param place    the place as the FM line writes it, {@code ADDIS ABABA}
 * @param kind     AMEMBASSY, AMCONSUL or USMISSION
 * @param routing  the routing indicator of the DE line, {@code RUEHDS}
 * @param country  the country for subject lines, {@code ETHIOPIA}
 * @param tag      the two-letter geographic TAGS code, {@code ET}
 * @param weight   relative cable volume
 */
public record Post(String place, String kind, String routing, String country, String tag, double weight) {

    /** The place as refids write it: spaces removed, {@code ADDISABABA}. */
    public String code() {
        return place.replace(" ", "");
    }

    /** The FM line, {@code AMEMBASSY ADDIS ABABA}. */
    public String asWritten() {
        return kind + " " + place;
    }

    /** The readable origin as the published metadata writes it: {@code Embassy Addis Ababa},
     * {@code Consulate Sao Paulo}, {@code US Mission Geneva}. */
    public String origin() {
        String prefix = switch (kind) {
            case "AMCONSUL" -> "Consulate ";
            case "USMISSION" -> "US Mission ";
            default -> "Embassy ";
        };
        return prefix + titleCase(place);
    }

    /** The place in title case, {@code Addis Ababa}. */
    public String city() {
        return titleCase(place);
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
