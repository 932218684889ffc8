package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroundTruthTest {
    private static final Map<Theme, Pattern> TERMS = new HashMap<>();

    static {
        for (Theme t : Theme.values()) {
            // Matched against lower-cased text: cheaper than CASE_INSENSITIVE and the same result.
            TERMS.put(t, Pattern.compile("(?<![a-z0-9])(" + t.terms().stream()
                    .map(x -> Pattern.quote(x.toLowerCase(java.util.Locale.ROOT)))
                    .collect(Collectors.joining("|")) + ")(?![a-z0-9])"));
        }
    }

    private final SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(1500));

    @Test
    void themeTermsAppearExactlyInTheListedParagraphs() {
        int themed = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < corpus.options().cables(); i++) {
            CablePlan plan = corpus.plan(i);
            for (int p = 0; p < plan.paragraphs().size(); p++) {
                int number = p + 1;
                String lower = plan.paragraphs().get(p).toLowerCase(java.util.Locale.ROOT);
                for (Theme theme : Theme.values()) {
                    boolean listed = plan.truth().themes().stream()
                            .anyMatch(t -> t.theme() == theme && t.paragraphs().contains(number));
                    if (TERMS.get(theme).matcher(lower).find() != listed) {
                        wrong.add(plan.truth().refid() + " ¶" + number + " " + theme + " listed=" + listed);
                    }
                }
            }
            themed += plan.truth().themes().isEmpty() ? 0 : 1;
            assertThat(plan.truth().themes()).hasSizeLessThanOrEqualTo(2);
        }
        assertThat(wrong).isEmpty();
        assertThat(themed).as("themed cables").isBetween(300, 900);
    }

    @Test
    void renderedWellFormedCablesKeepTheirThemeTermsAndTags() {
        for (int i = 0; i < 500; i++) {
            SyntheticCable c = corpus.cable(i);
            CableTruth t = c.truths();
            if (!t.wellFormed()) {
                continue;
            }
            String text = new String(c.bytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (CableTruth.ThemeTruth th : t.themes()) {
                assertThat(TERMS.get(th.theme()).matcher(lower).find()).as(t.refid()).isTrue();
                assertThat(th.tagged()).isEqualTo(th.theme().tags().stream().anyMatch(t.tags()::contains));
            }
            for (String tag : t.tags()) {
                assertThat(text).as(t.refid()).contains(tag);
            }
            assertThat(text).contains(t.post().place()).contains(t.signer());
        }
    }

    @Test
    void topicWordsComeOnlyFromTheCablesMixture() {
        Map<String, Integer> topicOf = new HashMap<>();
        List<TopicModel.Topic> topics = corpus.topicModel().topics();
        topics.forEach(t -> t.words().forEach(w -> topicOf.put(w, t.id())));
        for (int i = 0; i < 300; i++) {
            CablePlan plan = corpus.plan(i);
            Set<Integer> mixture = plan.truth().topics().stream().map(CableTruth.TopicShare::topic)
                    .collect(Collectors.toSet());
            double sum = plan.truth().topics().stream().mapToDouble(CableTruth.TopicShare::weight).sum();
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            for (String paragraph : plan.paragraphs()) {
                for (String token : paragraph.split("[^A-Za-z-]+")) {
                    Integer topic = topicOf.get(token);
                    if (topic != null) {
                        assertThat(mixture).as("%s: %s", plan.truth().refid(), token).contains(topic);
                    }
                }
            }
        }
    }

    @Test
    void burstWindowsHaveElevatedThemeRates() {
        SyntheticCorpus big = new SyntheticCorpus(new SynthOptions(11, 12_000, 2003, 2010, FormMix.DEFAULT, 0, 0,
                0.04, 8, 4, 5.0));
        int[] inside = new int[4];
        int[] insideThemed = new int[4];
        int[] outside = new int[4];
        int[] outsideThemed = new int[4];
        for (int i = 0; i < big.options().cables(); i++) {
            CablePlan plan = big.plan(i);
            CableTruth t = plan.truth();
            YearMonth month = YearMonth.from(t.dtg().atZone(ZoneOffset.UTC));
            for (Burst b : big.bursts()) {
                boolean in = b.covers(t.post(), month);
                int themed = t.has(b.theme()) ? 1 : 0;
                if (in) {
                    inside[b.id()]++;
                    insideThemed[b.id()] += themed;
                    assertThat(t.bursts().contains(b.id())).isEqualTo(themed == 1);
                } else {
                    outside[b.id()]++;
                    outsideThemed[b.id()] += themed;
                }
            }
        }
        for (Burst b : big.bursts()) {
            assertThat(inside[b.id()]).as("cables in burst %s", b).isGreaterThan(20);
            double in = insideThemed[b.id()] / (double) inside[b.id()];
            double out = outsideThemed[b.id()] / (double) outside[b.id()];
            assertThat(in).as("burst %s rate inside vs outside %s", b, out).isGreaterThan(2.5 * out);
        }
    }
}
