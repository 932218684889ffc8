package org.cabletrends.synth;

import java.util.List;
import java.util.SplittableRandom;
import org.cabletrends.cable.Classification;

/**
 * A cable's classification with its caveats. Proportions follow the published Cablegate totals roughly: about half
 * unclassified (a quarter of all marked SENSITIVE), 40% CONFIDENTIAL, 6% SECRET (most NOFORN).
 */
record Level(Classification classification, boolean noforn) {

    static Level draw(SplittableRandom rng) {
        double u = rng.nextDouble();
        if (u < 0.30) {
            return new Level(Classification.UNCLASSIFIED, false);
        }
        if (u < 0.53) {
            return new Level(Classification.UNCLASSIFIED_SENSITIVE, false);
        }
        if (u < 0.54) {
            return new Level(Classification.LIMITED_OFFICIAL_USE, false);
        }
        if (u < 0.94) {
            return new Level(Classification.CONFIDENTIAL, rng.nextDouble() < 0.05);
        }
        return new Level(Classification.SECRET, rng.nextDouble() < 0.7);
    }

    /** The level as the published metadata (CSV column) writes it. */
    String label() {
        return classification.label() + (noforn ? "//NOFORN" : "");
    }

    List<String> caveats() {
        if (classification == Classification.UNCLASSIFIED_SENSITIVE) {
            return List.of("SENSITIVE", "SIPDIS");
        }
        return noforn ? List.of("NOFORN", "SIPDIS") : List.of("SIPDIS");
    }

    /** The level word(s) of the classification line; {@code spaced} gives {@code C O N F I D E N T I A L}. */
    String lineLevel(boolean spaced) {
        String word = switch (classification) {
            case UNCLASSIFIED, UNCLASSIFIED_SENSITIVE -> "UNCLAS";
            case LIMITED_OFFICIAL_USE -> "LIMITED OFFICIAL USE";
            case CONFIDENTIAL -> "CONFIDENTIAL";
            case SECRET -> "SECRET";
            case TOP_SECRET -> "TOP SECRET";
        };
        return spaced && (classification == Classification.CONFIDENTIAL || classification == Classification.SECRET)
                ? String.join(" ", word.split("")) : word;
    }

    /** A portion marking for one paragraph, consistent with the level. */
    String marking(SplittableRandom rng) {
        double u = rng.nextDouble();
        return switch (classification) {
            case UNCLASSIFIED -> "U";
            case UNCLASSIFIED_SENSITIVE, LIMITED_OFFICIAL_USE -> u < 0.75 ? "SBU" : "U";
            case CONFIDENTIAL -> u < 0.8 ? "C" : u < 0.9 ? "SBU" : "U";
            case SECRET, TOP_SECRET -> u < 0.6 ? (noforn ? "S//NF" : "S") : "C";
        };
    }

    /** The ZNR/ZNY line of the routing header. */
    String znLine() {
        return switch (classification) {
            case CONFIDENTIAL -> "ZNY CCCCC ZZH";
            case SECRET, TOP_SECRET -> "ZNY SSSSS ZZH";
            default -> "ZNR UUUUU ZZH";
        };
    }
}
