package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cabletrends.themes.TestCables.cable;

import java.util.List;
import org.cabletrends.cable.Cable;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {
    private static final ThemeMatcher DEFAULTS = new ThemeMatcher(ThemeDefinitions.defaults());
    private static final String SMALL = """
            {"version": 1, "themes": [
             {"id": "migration", "label": "Migration", "description": "d",
              "terms": ["migrants", "refugee", "trafficking"], "phrases": ["internal migration", "asylum seekers"],
              "exclude": ["migratory birds"], "ignore": ["drug trafficking"],
              "weights": {"refugee": 0.5, "trafficking": 0.2}, "tags": ["SMIG", "PREF"]},
             {"id": "housing", "label": "Housing", "description": "d", "terms": ["housing"],
              "phrases": ["illegal settlements"], "tags": []}]}""";
    private static final ThemeMatcher MATCHER = new ThemeMatcher(ThemeDefinitions.parse(SMALL, "small"));

    private static CableThemes.ThemeScore score(ThemeMatcher m, Cable c, String theme) {
        return m.match(c).score(theme).orElseThrow();
    }

    @Test
    void englishAnalysisStemsAsExpected() {
        // What EnglishAnalyzer (Porter) actually does: migrant(s) share a stem, migration/migrating/migrated share
        // another, so the file lists both families; stop words vanish from phrases.
        assertThat(StemTokens.stemsOf("migrants")).containsExactly("migrant");
        assertThat(StemTokens.stemsOf("Migrant's")).containsExactly("migrant");
        assertThat(StemTokens.stemsOf("migration")).containsExactly("migrat");
        assertThat(StemTokens.stemsOf("migrating migrated")).containsExactly("migrat", "migrat");
        assertThat(StemTokens.stemsOf("freedom of the press")).containsExactly("freedom", "press");
        assertThat(StemTokens.stemsOf("illegally-built houses")).containsExactly("illeg", "built", "hous");
    }

    @Test
    void termsMatchInflectionsAndEvidenceKeepsTheText() {
        Cable c = cable("Weekly report", List.of("PGOV"), "Nothing here.", "MIGRANTS arrived; a migrant's family.");
        CableThemes.ThemeScore s = score(MATCHER, c, "migration");
        assertThat(s.hits()).isEqualTo(2.0);
        assertThat(s.paragraphs()).containsExactly(2);
        assertThat(s.evidence()).extracting(CableThemes.Evidence::text).containsExactly("MIGRANTS", "migrant's");
        assertThat(s.evidence()).allSatisfy(e -> {
            assertThat(e.term()).isEqualTo("migrants");
            assertThat(e.stem()).isEqualTo("migrant");
            assertThat(e.paragraph()).isEqualTo(2);
        });
        assertThat(s.tagSignal()).isFalse();
        assertThat(score(MATCHER, c, "housing").hits()).isZero();
    }

    @Test
    void phrasesMatchStemSequencesOnly() {
        Cable c = cable("s", List.of(), "Internal migrations grew. Internal affairs and migration.",
                "Asylum-seekers and the asylum of seekers.");
        CableThemes.ThemeScore s = score(MATCHER, c, "migration");
        assertThat(s.evidence()).extracting(CableThemes.Evidence::term)
                .containsExactly("internal migration", "asylum seekers", "asylum seekers");
        assertThat(s.evidence()).extracting(CableThemes.Evidence::text)
                .containsExactly("Internal migrations", "Asylum-seekers", "asylum of seekers");
    }

    @Test
    void exclusionCancelsOnlyItsParagraph() {
        Cable c = cable("s", List.of(), "Migratory birds and migrants.", "Refugee numbers rose.");
        CableThemes.ThemeScore s = score(MATCHER, c, "migration");
        assertThat(s.paragraphs()).containsExactly(2);
        assertThat(s.hits()).isEqualTo(0.5); // the weight of "refugee"
    }

    @Test
    void ignoredPhraseStopsItsTermWithoutCancellingTheParagraph() {
        Cable c = cable("s", List.of(), "Drug trafficking grew and migrants left.", "Trafficking of migrants.");
        CableThemes.ThemeScore s = score(MATCHER, c, "migration");
        assertThat(s.evidence()).extracting(CableThemes.Evidence::text)
                .containsExactly("migrants", "Trafficking", "migrants");
        assertThat(s.paragraphs()).containsExactly(1, 2);
        assertThat(s.hits()).isCloseTo(2.2, within(1e-9));
        Cable onlyDrugs = cable("s", List.of(), "Drug trafficking grew.");
        assertThat(score(MATCHER, onlyDrugs, "migration").evidence()).isEmpty();
    }

    @Test
    void subjectMatchesWeighMoreUnlessTheSubjectRunsOn() {
        Cable plain = cable("Refugee flows", List.of(), "Housing on illegal settlements.");
        CableThemes a = MATCHER.match(plain);
        assertThat(a.score("migration").orElseThrow().textScore())
                .isEqualTo(ThemeMatcher.textScore(ThemeMatcher.SUBJECT_WEIGHT * 0.5, a.tokens()));
        // A "subject" longer than any real one is a parse that ran into the body: counted like a paragraph.
        String runOn = "Refugee" + " report".repeat(ThemeMatcher.SUBJECT_MAX_TOKENS);
        CableThemes b = MATCHER.match(cable(runOn, List.of(), "Housing on illegal settlements."));
        assertThat(b.score("migration").orElseThrow().subjectHits()).isEqualTo(0.5);
        assertThat(b.score("migration").orElseThrow().textScore()).isEqualTo(ThemeMatcher.textScore(0.5, b.tokens()));
    }

    @Test
    void weightsScaleHitsAndScoreIsMonotoneAndLengthNormalised() {
        Cable one = cable("s", List.of(), "A refugee.");
        Cable two = cable("s", List.of(), "A refugee and a refugee.");
        assertThat(score(MATCHER, one, "migration").hits()).isEqualTo(0.5);
        assertThat(score(MATCHER, two, "migration").textScore())
                .isGreaterThan(score(MATCHER, one, "migration").textScore());
        assertThat(ThemeMatcher.textScore(2, 100)).isGreaterThan(ThemeMatcher.textScore(2, 5000));
        assertThat(ThemeMatcher.textScore(0, 100)).isZero();
        assertThat(ThemeMatcher.textScore(1000, 100)).isBetween(0.99, 1.0);
    }

    @Test
    void subjectCountsSeparatelyAndTagsGiveTheSignal() {
        Cable c = cable("Refugee flows", List.of("PREF", "KZ"), "Housing on illegal settlements.");
        CableThemes.ThemeScore m = score(MATCHER, c, "migration");
        assertThat(m.hits()).isZero();
        assertThat(m.subjectHits()).isEqualTo(0.5);
        assertThat(m.paragraphs()).isEmpty();
        assertThat(m.evidence()).extracting(CableThemes.Evidence::paragraph).containsExactly(CableThemes.SUBJECT);
        assertThat(m.tagSignal()).isTrue();
        assertThat(m.textScore()).isGreaterThan(0);
        CableThemes.ThemeScore h = score(MATCHER, c, "housing");
        assertThat(h.hits()).isEqualTo(2.0);
        assertThat(h.tagSignal()).isFalse();
    }

    @Test
    void exactTermsMatchOnlyThatWord() {
        Cable c = cable("s", List.of(), "The White House spoke.", "Housing was scarce; houses were built.");
        CableThemes.ThemeScore h = score(DEFAULTS, c, "housing");
        assertThat(h.evidence()).extracting(CableThemes.Evidence::text).containsExactly("Housing");
        assertThat(h.evidence()).extracting(CableThemes.Evidence::term).containsExactly("housing");
        assertThat(h.paragraphs()).containsExactly(2);
    }

    @Test
    void defaultThemesSeparateHumanAndDrugTrafficking() {
        Cable tip = cable("s", List.of(), "Victims of trafficking in persons were sheltered.");
        Cable drugs = cable("s", List.of(), "Drug trafficking through the port continued.");
        assertThat(score(DEFAULTS, tip, "trafficking").detected()).isTrue();
        assertThat(score(DEFAULTS, drugs, "trafficking").hits()).isZero();
        // Migration counts trafficking in persons as context, drug trafficking not at all.
        assertThat(score(DEFAULTS, tip, "migration").hits()).isPositive();
        assertThat(score(DEFAULTS, drugs, "migration").evidence()).isEmpty();
    }

    @Test
    void deterministicAndOneScorePerThemeInFileOrder() {
        Cable c = cable("Internal migration and housing", List.of("SMIG"),
                "Migrants built illegal settlements; NGOs protested; journalists reported.");
        CableThemes a = DEFAULTS.match(c);
        assertThat(DEFAULTS.match(c)).isEqualTo(a);
        assertThat(a.scores()).extracting(CableThemes.ThemeScore::theme)
                .containsExactlyElementsOf(ThemeDefinitions.defaults().ids());
        assertThat(a.score("migration").orElseThrow().detected()).isTrue();
    }

    @Test
    void partMatchGivesTheParagraphsShareOfTheCableMatch() {
        String[] texts = {"Migratory birds and migrants.", "Refugee and trafficking; drug trafficking and housing.",
                "Internal migration and illegal settlements; internal migration again.", "", "Nothing here."};
        Cable c = cable("s", List.of(), texts);
        CableThemes all = MATCHER.match(c);
        int tokens = 0;
        for (int number = 1; number <= texts.length; number++) {
            ThemeMatcher.PartMatch part = MATCHER.matchPart(texts[number - 1], number);
            tokens += part.tokens();
            for (CableThemes.ThemeScore s : all.scores()) {
                int n = number;
                List<String> terms = s.evidence().stream().filter(e -> e.paragraph() == n)
                        .map(CableThemes.Evidence::term).toList();
                var hits = part.themes().stream().filter(h -> h.theme().equals(s.theme())).findFirst();
                assertThat(hits.map(ThemeMatcher.ThemeHits::terms).orElse(List.of())).isEqualTo(terms);
                assertThat(hits.isPresent()).isEqualTo(s.paragraphs().contains(number));
            }
        }
        assertThat(tokens + StemTokens.of("s").size()).isEqualTo(all.tokens());
        assertThat(MATCHER.matchPart("Refugee, refugee and housing.", 2).themes()).containsExactly(
                new ThemeMatcher.ThemeHits("migration", 1.0, List.of("refugee", "refugee")),
                new ThemeMatcher.ThemeHits("housing", 1.0, List.of("housing")));
        assertThat(MATCHER.matchPart(null, 1)).isEqualTo(new ThemeMatcher.PartMatch(0, List.of()));
    }
}
