package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.cable.SharedDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two seed cables (read from ../shared/seeds, skipped when absent) are about migration and housing. */
class SeedThemesTest {
    private static final ThemeMatcher MATCHER = new ThemeMatcher(ThemeDefinitions.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"09ASTANA1771", "08ASTANA2361"})
    void seedScoresOnMigrationAndHousingWithTheRightParagraphs(String refid) throws Exception {
        Path file = SharedDir.require("seeds/" + refid + ".txt");
        Cable cable = CableParser.parse(file.toString(), Files.readAllBytes(file)).cable();
        CableThemes themes = MATCHER.match(cable);
        CableThemes.ThemeScore migration = themes.score("migration").orElseThrow();
        CableThemes.ThemeScore housing = themes.score("housing").orElseThrow();
        assertThat(migration.textScore()).isPositive();
        assertThat(housing.textScore()).isPositive();
        // Paragraphs located from the text at run time: the one on internal/labour migrants, the one on illegal
        // houses or settlements.
        List<Integer> migrantParagraphs = numbersMentioning(cable, "migrant");
        List<Integer> illegalHousing = cable.paragraphs().stream()
                .filter(p -> lower(p).contains("illegal") && (lower(p).contains("house")
                        || lower(p).contains("settlement")))
                .map(Paragraph::number).toList();
        assertThat(migrantParagraphs).isNotEmpty();
        assertThat(illegalHousing).isNotEmpty();
        assertThat(migration.paragraphs()).containsAll(migrantParagraphs);
        assertThat(housing.paragraphs()).containsAnyElementsOf(illegalHousing);
        assertThat(migration.evidence()).extracting(CableThemes.Evidence::paragraph)
                .containsAll(migrantParagraphs);
        assertThat(housing.evidence()).extracting(CableThemes.Evidence::paragraph)
                .containsAnyElementsOf(illegalHousing);
    }

    private static List<Integer> numbersMentioning(Cable cable, String word) {
        return cable.paragraphs().stream().filter(p -> lower(p).contains(word)).map(Paragraph::number).toList();
    }

    private static String lower(Paragraph p) {
        return p.text().toLowerCase(Locale.ROOT);
    }
}
