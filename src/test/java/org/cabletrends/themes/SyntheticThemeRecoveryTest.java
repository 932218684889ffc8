package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.cabletrends.cable.CableParser;
import org.cabletrends.synth.CableTruth;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCable;
import org.cabletrends.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;

/**
 * Planted themes of a generated corpus are recovered from the text alone: per theme, "detected" (text score at
 * least {@link ThemeMatcher#DETECTION_THRESHOLD}) has precision and recall of at least 0.9 against the ground truth,
 * and the evidence paragraphs are the planted ones.
 */
class SyntheticThemeRecoveryTest {
    private static final ThemeMatcher MATCHER = new ThemeMatcher(ThemeDefinitions.defaults());

    @Test
    void plantedThemesAreDetectedWithHighPrecisionAndRecall() {
        SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(3000));
        Map<String, int[]> counts = new HashMap<>(); // theme -> {tp, fp, fn}
        int[] paragraphs = new int[2]; // {planted paragraphs found, planted paragraphs}
        Map<String, Integer> falseTerms = new java.util.TreeMap<>(); // what drives false positives, for tuning
        for (SyntheticCable sc : corpus) {
            CableTruth truth = sc.truths();
            if (!truth.wellFormed()) {
                continue;
            }
            CableThemes found = MATCHER.match(CableParser.parse(sc.fileName(), sc.bytes()).cable());
            Map<String, List<Integer>> planted = truth.themes().stream()
                    .collect(Collectors.toMap(t -> t.theme().id(), CableTruth.ThemeTruth::paragraphs));
            for (CableThemes.ThemeScore s : found.scores()) {
                int[] c = counts.computeIfAbsent(s.theme(), k -> new int[3]);
                boolean isPlanted = planted.containsKey(s.theme());
                if (s.detected() || isPlanted) {
                    c[s.detected() ? (isPlanted ? 0 : 1) : 2]++;
                }
                if (s.detected() && !isPlanted) {
                    s.evidence().forEach(e -> falseTerms.merge(s.theme() + ":" + e.term(), 1, Integer::sum));
                }
                if (isPlanted) {
                    List<Integer> want = planted.get(s.theme());
                    paragraphs[1] += want.size();
                    paragraphs[0] += (int) want.stream().filter(Set.copyOf(s.paragraphs())::contains).count();
                }
            }
        }
        assertThat(counts.keySet()).containsAll(ThemeDefinitions.defaults().ids());
        System.out.println("false-positive evidence terms: " + falseTerms);
        SoftAssertions soft = new SoftAssertions();
        counts.forEach((theme, c) -> {
            double precision = c[0] / (double) Math.max(1, c[0] + c[1]);
            double recall = c[0] / (double) Math.max(1, c[0] + c[2]);
            System.out.printf(Locale.ROOT, "synthetic %-14s tp=%4d fp=%3d fn=%3d precision=%.3f recall=%.3f%n",
                    theme, c[0], c[1], c[2], precision, recall);
            soft.assertThat(c[0] + c[2]).as("planted cables of " + theme).isPositive();
            soft.assertThat(precision).as("precision of " + theme).isGreaterThanOrEqualTo(0.9);
            soft.assertThat(recall).as("recall of " + theme).isGreaterThanOrEqualTo(0.9);
        });
        soft.assertAll();
        assertThat(paragraphs[0]).as("planted paragraphs with evidence").isGreaterThanOrEqualTo(
                (int) (0.95 * paragraphs[1]));
    }
}
