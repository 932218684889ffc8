package org.cabletrends.cable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every golden input and compares the result with {@code <id>.expected.json}. Synthetic fixtures live in
 * src/test/resources/golden/ beside their expected files; the real seed cables are read from the shared data
 * (never copied) and their expected files, in golden/seeds/, hold fingerprints instead of the cable text.
 * {@code -Dgolden.update=true} rewrites the expected files instead of comparing: review the diff before committing.
 */
class GoldenFileTest {
    private static final String HOW_TO_UPDATE =
            "mvn -o -q test -Dtest=GoldenFileTest -Dgolden.update=true, then review the new file by hand";

    @TestFactory
    Stream<DynamicTest> syntheticCables() throws IOException {
        List<Path> inputs = textFiles(GoldenFiles.goldenDir());
        assertThat(inputs).as("synthetic golden inputs").hasSizeGreaterThanOrEqualTo(5);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(id(input),
                () -> check(input, GoldenFiles.goldenDir().resolve(id(input) + ".expected.json"), false)));
    }

    @TestFactory
    Stream<DynamicTest> seedCables() throws IOException {
        Path seeds = SharedDir.require("seeds");
        List<Path> inputs = textFiles(seeds);
        Assumptions.assumeFalse(inputs.isEmpty(), "Skipped: no seed cables in " + seeds);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(id(input),
                () -> check(input, GoldenFiles.seedExpectedDir().resolve(id(input) + ".expected.json"), true)));
    }

    private static void check(Path input, Path expectedFile, boolean redact) throws IOException {
        ParseResult result = CableParser.parse(id(input), Files.readAllBytes(input));
        JsonNode actual = GoldenJson.tree(result);
        if (redact) {
            GoldenJson.redactText(actual);
        }
        String rendered = GoldenJson.pretty(actual);
        if (GoldenFiles.updating()) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, rendered);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("Missing golden file " + expectedFile + " for " + input + "; create it with: " + HOW_TO_UPDATE);
        }
        JsonNode expected = GoldenJson.MAPPER.readTree(expectedFile.toFile());
        if (!expected.equals(actual)) {
            assertEquals(GoldenJson.pretty(expected), rendered, "Parse of " + input + " differs from " + expectedFile
                    + "; if the change is intended, regenerate with: " + HOW_TO_UPDATE);
        }
    }

    private static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String id(Path input) {
        String name = input.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
