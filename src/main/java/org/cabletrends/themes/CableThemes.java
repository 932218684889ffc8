package org.cabletrends.themes;

import java.util.List;
import java.util.Optional;

/**
 * The theme scores of one cable, one entry per theme in the order of the themes file.
 *
 * @param refid  the cable's refid (may be null when the parser could not read it)
 * @param tokens analysed tokens counted for length normalisation (subject and paragraphs, stop words excluded)
 * @param scores one per theme
 */
public record CableThemes(String refid, int tokens, List<ThemeScore> scores) {
    /** Paragraph number used in evidence for a match in the subject line. */
    public static final int SUBJECT = -1;

    public CableThemes {
        scores = List.copyOf(scores);
    }

    public Optional<ThemeScore> score(String theme) {
        return scores.stream().filter(s -> s.theme().equals(theme)).findFirst();
    }

    /**
     * One theme's result.
     *
     * @param theme       theme id
     * @param hits        weighted count of term/phrase occurrences in paragraph text (subject not included)
     * @param subjectHits weighted count in the subject line
     * @param paragraphs  numbers of the paragraphs with at least one counted match, ascending, distinct
     * @param textScore   saturating text-only score in [0, 1) (docs/THEMES.md); no tag information
     * @param tagSignal   true when the cable carries one of the theme's TAGS codes
     * @param evidence    every counted match in text order; paragraph {@link #SUBJECT} for the subject
     */
    public record ThemeScore(String theme, double hits, double subjectHits, List<Integer> paragraphs,
                             double textScore, boolean tagSignal, List<Evidence> evidence) {
        public ThemeScore {
            paragraphs = List.copyOf(paragraphs);
            evidence = List.copyOf(evidence);
        }

        /** Whether the text alone says the cable is about the theme: {@code textScore >= DETECTION_THRESHOLD}. */
        public boolean detected() {
            return textScore >= ThemeMatcher.DETECTION_THRESHOLD;
        }
    }

    /**
     * One counted match.
     *
     * @param paragraph paragraph number, or {@link #SUBJECT}
     * @param term      the term or phrase as written in the themes file
     * @param stem      its stems joined by spaces, as matched
     * @param text      the matched span as written in the cable
     */
    public record Evidence(int paragraph, String term, String stem, String text) {
    }
}
