package org.cabletrends.themes;

import java.util.List;
import java.util.Map;

/**
 * One theme as the themes file defines it (see docs/THEMES.md). Validated by {@link ThemeDefinitions}; the lists and
 * the weight map are immutable.
 *
 * @param id          snake_case id, the value of the {@code theme} column
 * @param label       readable name
 * @param description what the theme covers and why its tags were chosen
 * @param terms       single words, matched by stem
 * @param phrases     multi-word expressions, matched as stem sequences
 * @param exclude     words or phrases whose presence cancels the theme's matches in that paragraph
 * @param ignore      words or phrases that count nothing but keep a term inside them from counting
 *                    ({@code drug trafficking} for a theme that counts {@code trafficking})
 * @param weights     weight per term or phrase as written (default 1.0)
 * @param tags        TAGS codes that signal the theme (may be empty)
 */
public record ThemeDefinition(String id, String label, String description, List<String> terms, List<String> phrases,
                              List<String> exclude, List<String> ignore, Map<String, Double> weights,
                              List<String> tags) {
    public ThemeDefinition {
        terms = List.copyOf(terms);
        phrases = List.copyOf(phrases);
        exclude = List.copyOf(exclude);
        ignore = List.copyOf(ignore);
        weights = Map.copyOf(weights);
        tags = List.copyOf(tags);
    }

    /** The weight of a term or phrase as written in the file. */
    public double weight(String termOrPhrase) {
        return weights.getOrDefault(termOrPhrase, 1.0);
    }
}
