package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeDefinitionsTest {
    private static final String VALID_THEME = """
            {"id": "housing", "label": "Housing", "description": "Housing and land.",
             "terms": ["housing", "evictions"], "phrases": ["illegal settlements"], "exclude": [],
             "weights": {"evictions": 0.5}, "tags": ["SOCI"]}""";

    @Test
    void defaultsHaveTheTwelveThemes() {
        ThemeDefinitions d = ThemeDefinitions.defaults();
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.ids()).contains("migration", "housing", "civil_society", "protest", "elections",
                "media_freedom", "labour", "human_rights", "religion", "corruption", "health", "trafficking");
        assertThat(d.theme("migration").orElseThrow().tags()).containsExactly("SMIG", "PREF");
        assertThat(d.themes()).allSatisfy(t -> assertThat(t.tags()).doesNotContain("KMDR", "PGOV"));
        // Every default term, phrase and exclusion survives English analysis.
        assertThat(new ThemeMatcher(d).themes()).hasSize(d.themes().size());
    }

    @Test
    void validThemeLoadsWithWeightsAndDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, "{\"version\": 1, \"themes\": [" + VALID_THEME + "]}");
        ThemeDefinitions d = ThemeDefinitions.load(Optional.of(f.toString()));
        ThemeDefinition t = d.theme("housing").orElseThrow();
        assertThat(t.weight("evictions")).isEqualTo(0.5);
        assertThat(t.weight("housing")).isEqualTo(1.0);
        assertThat(t.ignore()).isEmpty();
        assertThat(ThemeDefinitions.defaults().theme("migration").orElseThrow().ignore()).contains("drug trafficking");
        assertThat(ThemeDefinitions.load(Optional.empty()).ids()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"terms\": [\"housing\", \"evictions\"]|\"terms\": []|Invalid theme 'housing': field 'terms' must be a non-empty list of strings",
        "\"terms\": [\"housing\", \"evictions\"]|\"terms\": \"housing\"|Invalid theme 'housing': field 'terms' must be a non-empty list of strings",
        "\"terms\": [\"housing\", \"evictions\"]|\"terms\": [\"housing\", 3]|Invalid theme 'housing': field 'terms' must be a non-empty list of strings",
        "\"terms\": [\"housing\", \"evictions\"]|\"terms\": [\"housing\", \"land rights\"]|Invalid theme 'housing': field 'terms' entry 'land rights' has several words",
        "\"phrases\": [\"illegal settlements\"]|\"phrases\": [\"slums\"]|Invalid theme 'housing': field 'phrases' entry 'slums' is a single word",
        "\"label\": \"Housing\"|\"label\": \"\"|Invalid theme 'housing': field 'label' must be a non-empty string",
        "\"weights\": {\"evictions\": 0.5}|\"weights\": {\"rent\": 0.5}|Invalid theme 'housing': field 'weights' key 'rent' is not one of",
        "\"weights\": {\"evictions\": 0.5}|\"weights\": {\"evictions\": -1}|Invalid theme 'housing': field 'weights' weight of 'evictions' must be",
        "\"tags\": [\"SOCI\"]|\"tags\": [\"soci\"]|Invalid theme 'housing': field 'tags' entry 'soci' is not an upper-case TAGS code",
        "\"exclude\": []|\"exclude\": [], \"colour\": 1|Invalid theme 'housing': field 'colour' is not a known field",
        "\"exclude\": []|\"exclude\": [], \"ignore\": \"rent seeking\"|Invalid theme 'housing': field 'ignore' must be a list of strings",
        "\"id\": \"housing\"|\"id\": \"Housing Theme\"|Invalid theme at index 0: field 'id' must be a snake_case string",
    })
    void invalidFieldsAreNamed(String from, String to, String message) {
        String json = "{\"version\": 1, \"themes\": [" + VALID_THEME.replace(from, to) + "]}";
        assertThat(json).contains(to);
        assertThatThrownBy(() -> ThemeDefinitions.parse(json, "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void fileLevelErrors() {
        assertThatThrownBy(() -> ThemeDefinitions.parse("{\"version\": 2, \"themes\": []}", "x.json"))
                .hasMessageStartingWith("Invalid themes file x.json: field 'version' must be 1");
        assertThatThrownBy(() -> ThemeDefinitions.parse("{\"version\": 1, \"themes\": []}", "x.json"))
                .hasMessageStartingWith("Invalid themes file x.json: field 'themes' must be a non-empty list");
        assertThatThrownBy(() -> ThemeDefinitions.parse("{\"version\": 1,", "x.json"))
                .hasMessageStartingWith("Invalid themes file x.json: not JSON");
        assertThatThrownBy(() -> ThemeDefinitions.parse(
                "{\"version\": 1, \"themes\": [" + VALID_THEME + "," + VALID_THEME + "]}", "x.json"))
                .hasMessage("Invalid theme 'housing': field 'id' is a duplicate");
        assertThatThrownBy(() -> ThemeDefinitions.load(Path.of("/nonexistent/themes.json")))
                .hasMessageStartingWith("Cannot read themes file /nonexistent/themes.json");
    }

    @Test
    void stopWordOnlyTermIsRejectedWhenCompiled() {
        String json = "{\"version\": 1, \"themes\": [" + VALID_THEME.replace("\"evictions\"]", "\"the\"]")
                .replace("{\"evictions\": 0.5}", "{}") + "]}";
        ThemeDefinitions d = ThemeDefinitions.parse(json, "x.json");
        assertThatThrownBy(() -> new ThemeMatcher(d))
                .hasMessage("Invalid theme 'housing': field 'terms' entry 'the' is removed by English analysis "
                        + "(stop words only)");
    }
}
