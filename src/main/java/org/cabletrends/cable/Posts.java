package org.cabletrends.cable;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Readable post names from FM lines: {@code AMEMBASSY ASTANA} → {@code Embassy Astana}. */
final class Posts {
    /** Whole FM lines whose published names do not follow the general rules. */
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("SECSTATE WASHDC", "Secretary of State"),
            Map.entry("USMISSION USUN NEW YORK", "USUN New York"),
            Map.entry("USMISSION UNVIE VIENNA", "UNVIE"),
            Map.entry("USMISSION USNATO", "Mission USNATO"),
            Map.entry("USMISSION USNATO BRUSSELS BE", "Mission USNATO"),
            Map.entry("RPO DUBAI", "Iran RPO Dubai"),
            Map.entry("IRAN RPO DUBAI", "Iran RPO Dubai"),
            Map.entry("AIT TAIPEI", "American Institute Taiwan, Taipei"),
            Map.entry("USLO TRIPOLI", "Embassy Tripoli"));
    /** Posts renamed after the cables were written, as the published metadata names them. */
    private static final Map<String, String> RENAMED = Map.of("KIEV", "KYIV");
    private static final Pattern COUNTRY_SUFFIX = Pattern.compile(" [A-Z]{2}$");
    private static final Pattern USDEL = Pattern.compile("^USDEL SECRETARY\\b.*");

    private Posts() {
    }

    static String readable(String fm) {
        String line = Whitespace.SPACES.matcher(fm.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
        if (SPECIAL.containsKey(line)) {
            return SPECIAL.get(line);
        }
        if (USDEL.matcher(line).matches()) {
            return "US Delegation, Secretary";
        }
        String[] parts = line.split(" ", 2);
        String place = parts.length > 1 ? parts[1] : "";
        if (place.contains(" ")) {
            place = COUNTRY_SUFFIX.matcher(place).replaceAll("");
        }
        place = RENAMED.getOrDefault(place, place);
        switch (parts[0]) {
            case "AMEMBASSY": case "AMEMBASS": case "USLO": return "Embassy " + titleCase(place);
            case "AMCONSUL": return "Consulate " + titleCase(place);
            case "USINT": return "US Interests Section " + titleCase(place);
            case "USEU": return "USEU " + titleCase(place);
            case "REO": return "REO " + titleCase(place);
            case "USMISSION":
                return place.startsWith("US") ? "Mission " + place : "US Mission " + titleCase(place);
            default: return titleCase(line);
        }
    }

    /** The post part of an FM line, in the spelling of cable ids ({@code AMEMBASSY SAN JOSE} → {@code SANJOSE}). */
    static String idPost(String fm) {
        String[] parts = fm.trim().toUpperCase(Locale.ROOT).split("\\s+", 2);
        return parts.length > 1 ? parts[1].replace(" ", "") : parts[0];
    }

    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019';
        }
        return out.toString();
    }
}
