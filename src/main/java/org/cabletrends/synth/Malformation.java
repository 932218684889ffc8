package org.cabletrends.synth;

import java.util.Locale;

/** Ways a generated file is deliberately broken; recorded in the ground truth. */
public enum Malformation {
    /** A well-formed cable cut off part way (possibly inside the header). */
    TRUNCATED,
    /** A zero-length file (an empty content field in CSV mode). */
    EMPTY,
    /** Random bytes that are not cable text (never a quote or backslash, so the CSV stays parseable). */
    BINARY_JUNK,
    /** A well-formed text published under a garbled id such as {@code 0808ASTANA1771}. */
    GARBLED_ID;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
