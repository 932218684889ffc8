package org.cabletrends.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The themes file a run uses, validated and compiled once on the driver: where it came from, its text (shipped to
 * the executors, which compile their own matcher), its definitions and the SHA-256 of its bytes (in the manifest,
 * so a run's scores can be traced to the exact vocabulary).
 *
 * @param source the path as configured, or {@value ThemeDefinitions#DEFAULT_RESOURCE} for the bundled file
 */
public record ThemesFile(String source, String json, ThemeDefinitions definitions, String sha256) {

    /**
     * The configured {@code themes_file}, or the bundled one when blank. Fails with "Cannot read themes file …" or the
     * definitions' "Invalid theme '…': field '…' …".
     */
    public static ThemesFile load(String themesFile) {
        if (themesFile == null || themesFile.isBlank()) {
            return of(ThemeDefinitions.DEFAULT_RESOURCE, ThemeDefinitions.defaultJson());
        }
        try {
            return of(themesFile, Files.readString(Path.of(themesFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read themes file " + themesFile + ": " + e, e);
        }
    }

    static ThemesFile of(String source, String json) {
        ThemeDefinitions definitions = ThemeDefinitions.parse(json, source);
        new ThemeMatcher(definitions); // compiling finds entries that English analysis removes
        return new ThemesFile(source, json, definitions, sha256(json));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash: no SHA-256", e);
        }
    }
}
