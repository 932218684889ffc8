package org.cabletrends.cable;

import java.util.Locale;
import java.util.Optional;

/** Classification levels in ascending order of sensitivity; {@code compareTo} follows that order. */
public enum Classification {
    UNCLASSIFIED("UNCLASSIFIED"),
    /** Unclassified but sensitive: {@code UNCLAS SENSITIVE}, {@code SBU}, published as UNCLASSIFIED//FOR OFFICIAL USE ONLY. */
    UNCLASSIFIED_SENSITIVE("UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
    LIMITED_OFFICIAL_USE("LIMITED OFFICIAL USE"),
    CONFIDENTIAL("CONFIDENTIAL"),
    SECRET("SECRET"),
    TOP_SECRET("TOP SECRET");

    /** The spaces of letter-spaced words: {@code C O N F I D E N T I A L}. */
    static final java.util.regex.Pattern SPACED_LETTERS = java.util.regex.Pattern.compile("(?<=\\b[A-Z]) (?=[A-Z]\\b)");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The label as the published metadata writes it. */
    public String label() {
        return label;
    }

    /** Reads a level from a label such as {@code SECRET//NOFORN}, {@code UNCLAS} or {@code C O N F I D E N T I A L}. */
    public static Optional<Classification> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = SPACED_LETTERS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("").trim();
        int caveat = t.indexOf("//");
        String level = caveat >= 0 ? t.substring(0, caveat).trim() : t;
        String rest = caveat >= 0 ? t.substring(caveat + 2) : "";
        switch (level.replace('_', ' ')) {
            case "TOP SECRET": return Optional.of(TOP_SECRET);
            case "SECRET": return Optional.of(SECRET);
            case "CONFIDENTIAL": return Optional.of(CONFIDENTIAL);
            case "LIMITED OFFICIAL USE": return Optional.of(LIMITED_OFFICIAL_USE);
            case "UNCLASSIFIED", "UNCLAS":
                return Optional.of(rest.contains("OFFICIAL USE") || rest.contains("FOUO") || rest.contains("SENSITIVE")
                        ? UNCLASSIFIED_SENSITIVE : UNCLASSIFIED);
            case "UNCLASSIFIED SENSITIVE", "UNCLAS SENSITIVE", "SBU": return Optional.of(UNCLASSIFIED_SENSITIVE);
            default: return Optional.empty();
        }
    }
}
