package org.cabletrends.topics;

import java.io.Serializable;

/**
 * A bigram kept as one token: adjacent stems {@code first second} met {@code count} times, with score
 * {@code score} (NPMI, see {@link Phrases#npmi}). Its token is {@code first_second}.
 */
public record Phrase(String first, String second, long count, double score) implements Serializable {
    public static final String JOIN = "_";

    public Phrase {
        if (first == null || first.isEmpty() || second == null || second.isEmpty()) {
            throw new IllegalArgumentException("Invalid phrase: '" + first + "' '" + second + "'");
        }
    }

    public String token() {
        return first + JOIN + second;
    }
}
