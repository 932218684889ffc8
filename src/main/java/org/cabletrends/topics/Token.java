package org.cabletrends.topics;

import java.io.Serializable;

/**
 * One topic-model token: its {@code stem} (Porter stem, or {@code a_b} for a phrase) and its {@code surface}, the
 * lower-case form as written ({@code "human rights"} for a phrase), from which display forms are counted.
 */
public record Token(String stem, String surface) implements Serializable {
    public Token {
        if (stem == null || stem.isEmpty() || surface == null || surface.isEmpty()) {
            throw new IllegalArgumentException("Invalid token: stem '" + stem + "', surface '" + surface + "'");
        }
    }
}
