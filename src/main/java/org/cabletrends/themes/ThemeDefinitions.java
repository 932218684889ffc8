package org.cabletrends.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validated contents of a themes file: {@code {"version": 1, "themes": [...]}}. The default file is the
 * classpath resource {@value #DEFAULT_RESOURCE}; the config option {@value #THEMES_FILE_OPTION} names another.
 * Invalid files fail with an {@link IllegalArgumentException} naming the theme and the field.
 */
public record ThemeDefinitions(int version, List<ThemeDefinition> themes) {
    public static final String DEFAULT_RESOURCE = "/themes/themes.json";
    public static final String THEMES_FILE_OPTION = "themes_file";
    public static final int VERSION = 1;

    public ThemeDefinitions {
        themes = List.copyOf(themes);
    }

    /** The themes shipped with the project. */
    public static ThemeDefinitions defaults() {
        return parse(defaultJson(), DEFAULT_RESOURCE);
    }

    /** The text of the shipped themes file (for shipping to Spark executors, which compile their own matcher). */
    public static String defaultJson() {
        try (InputStream in = ThemeDefinitions.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find the themes resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the themes resource " + DEFAULT_RESOURCE, e);
        }
    }

    /** The given file, or the defaults when {@code themesFile} is empty or blank. */
    public static ThemeDefinitions load(Optional<String> themesFile) {
        return themesFile.filter(s -> !s.isBlank()).map(s -> load(Path.of(s))).orElseGet(ThemeDefinitions::defaults);
    }

    public static ThemeDefinitions load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read themes file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates {@code json}; {@code source} names it in error messages. */
    public static ThemeDefinitions parse(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid themes file " + source + ": not JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Invalid themes file " + source + ": expected a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new IllegalArgumentException("Invalid themes file " + source + ": field 'version' must be "
                    + VERSION + " (got " + version + ")");
        }
        JsonNode list = root.get("themes");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("Invalid themes file " + source
                    + ": field 'themes' must be a non-empty list");
        }
        List<ThemeDefinition> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ThemeDefinition t = ThemeParser.parse(list.get(i), i);
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("Invalid theme '" + t.id() + "': field 'id' is a duplicate");
            }
            themes.add(t);
        }
        return new ThemeDefinitions(VERSION, themes);
    }

    public List<String> ids() {
        return themes.stream().map(ThemeDefinition::id).toList();
    }

    public Optional<ThemeDefinition> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
