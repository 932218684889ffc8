package org.cabletrends.config;

import java.util.Locale;

/**
 * Which copy of a refid met more than once is kept in the cables table; every rule ends with the lexicographically
 * smallest source so the choice is deterministic.
 */
public enum DuplicateRule {
    /** Fewest ERROR parse issues, then the longest body, then the smallest source. */
    FEWEST_ERRORS,
    /** Longest body, then fewest ERROR issues, then the smallest source. */
    LONGEST_BODY,
    /** The smallest source only. */
    FIRST_SOURCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
