package org.cabletrends.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans the numbered paragraphs: markings, headings, SUMMARY in the first and COMMENT in the last, and which
 * paragraphs carry each planted theme (each such paragraph holds two theme sentences; no other paragraph holds a
 * theme term).
 */
final class ParagraphPlanner {
    record Result(List<String> paragraphs, List<CableTruth.ParagraphTruth> truths,
                  Map<Theme, List<Integer>> themeParagraphs, boolean summary, boolean comment, int chars) {
    }

    private final SplittableRandom rng;
    private final TextPlanner text;
    private final Level level;

    ParagraphPlanner(SplittableRandom rng, TextPlanner text, Level level) {
        this.rng = rng;
        this.text = text;
        this.level = level;
    }

    Result plan(List<Theme> themes) {
        int n = Math.max(3 + rng.nextInt(8), 2 * themes.size() + 1);
        Theme[] owner = new Theme[n];
        Map<Theme, List<Integer>> carried = new EnumMap<>(Theme.class);
        for (Theme t : themes) {
            int count = 1 + rng.nextInt(2);
            List<Integer> numbers = new ArrayList<>();
            while (numbers.size() < count) {
                int p = rng.nextInt(n);
                if (owner[p] == null) {
                    owner[p] = t;
                    numbers.add(p + 1);
                }
            }
            numbers.sort(null);
            carried.put(t, List.copyOf(numbers));
        }
        boolean summary = n >= 4 && rng.nextDouble() < 0.6;
        boolean comment = n >= 4 && rng.nextDouble() < 0.5;
        List<String> paragraphs = new ArrayList<>();
        List<CableTruth.ParagraphTruth> truths = new ArrayList<>();
        int chars = 0;
        for (int p = 0; p < n; p++) {
            String heading = p >= 1 && rng.nextDouble() < 0.2 ? text.heading() : null;
            String body = paragraph(owner[p], p == 0 && summary, p == n - 1 && comment);
            chars += body.length();
            paragraphs.add(body);
            truths.add(new CableTruth.ParagraphTruth(p + 1, level.marking(rng), heading));
        }
        return new Result(paragraphs, truths, carried, summary, comment, chars);
    }

    private String paragraph(Theme theme, boolean summary, boolean comment) {
        List<String> sentences = new ArrayList<>();
        if (theme != null) {
            sentences.add(text.themeSentence(theme));
            int filler = 1 + rng.nextInt(2);
            for (int i = 0; i < filler; i++) {
                sentences.add(text.sentence());
            }
            sentences.add(text.themeSentence(theme));
        } else {
            int count = 2 + rng.nextInt(3);
            for (int i = 0; i < count; i++) {
                sentences.add(text.sentence());
            }
        }
        String body = String.join(" ", sentences);
        if (summary) {
            return "SUMMARY: " + body + " " + text.summarySentence() + " END SUMMARY.";
        }
        if (comment) {
            return "COMMENT: " + body + " " + text.commentSentence() + " END COMMENT.";
        }
        return body;
    }
}
