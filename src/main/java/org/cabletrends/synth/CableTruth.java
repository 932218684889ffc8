package org.cabletrends.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cabletrends.cable.Classification;

/**
 * The ground truth of one generated cable: what a perfect parser and a perfect theme/topic/trend analysis should
 * find. Written as one JSON line per cable (see docs/SYNTHETIC.md).
 *
 * @param refid          the true canonical id, {@code 08ASTANA2361}
 * @param publishedRefid the id the file name / CSV row carries (differs only for {@link Malformation#GARBLED_ID})
 * @param malformation   null for a well-formed cable
 * @param tags           TAGS in written order, theme tags (after noise) and the country code included
 * @param strayTags      theme tags added by tag noise although their theme is not planted
 * @param paragraphs     numbered paragraphs in order
 * @param themes         planted themes with the paragraphs carrying their terms
 * @param topics         the document's topic mixture and the number of words drawn from each topic
 * @param bursts         ids of the bursts this cable is counted in (window and post match and the theme is planted)
 * @param quirks         layout quirks planted in the text
 */
public record CableTruth(int index, String fileName, String refid, String publishedRefid, CableForm form,
                         Malformation malformation, Post post, Instant dtg, String dtgAsWritten, String precedence,
                         Classification classification, String classificationLabel, List<String> caveats,
                         int sectionCount, LocalDate declassifyOn, List<String> tags, List<String> strayTags,
                         String subject, List<String> references, String classifiedBy, String reasons,
                         String signer, List<ParagraphTruth> paragraphs, List<ThemeTruth> themes,
                         List<TopicShare> topics, List<Integer> bursts, boolean hasSummary, boolean hasComment,
                         List<Quirk> quirks) {

    public CableTruth {
        caveats = List.copyOf(caveats);
        tags = List.copyOf(tags);
        strayTags = List.copyOf(strayTags);
        references = List.copyOf(references);
        paragraphs = List.copyOf(paragraphs);
        themes = List.copyOf(themes);
        topics = List.copyOf(topics);
        bursts = List.copyOf(bursts);
        quirks = List.copyOf(quirks);
    }

    /** Layout quirks of the real corpus planted in this cable (the other fields already account for them). */
    public enum Quirk {
        /** {@code SUBJ:} instead of {@code SUBJECT:}. */
        SUBJ_LABEL,
        /** The subject starts with a portion marking such as {@code (C)}; {@code subject} holds it without. */
        SUBJECT_MARKING,
        /** No TAGS line at all ({@code tags} is empty). */
        NO_TAGS;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One numbered paragraph: its number, portion marking without parentheses, and heading above it (or null). */
    public record ParagraphTruth(int number, String marking, String heading) {
    }

    /** A planted theme, the paragraph numbers that carry its terms, and whether one of its tags is in TAGS. */
    public record ThemeTruth(Theme theme, List<Integer> paragraphs, boolean tagged) {
        public ThemeTruth {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A topic's share of the document mixture and how many topic words were actually drawn from it. */
    public record TopicShare(int topic, double weight, int words) {
    }

    public boolean wellFormed() {
        return malformation == null;
    }

    public boolean has(Theme theme) {
        return themes.stream().anyMatch(t -> t.theme() == theme);
    }
}
