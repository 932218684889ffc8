package org.cabletrends;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the shared real-data directory: system property {@code shared.dir} if it exists, else env
 * {@code CABLETRENDS_SHARED}, else {@code /work/shared}. Real cables stay out of the repository.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path sharedDir() {
        String prop = System.getProperty("shared.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        String env = System.getenv("CABLETRENDS_SHARED");
        return Path.of(env != null && !env.isBlank() ? env : "/work/shared");
    }

    /** The corpus directory; skips the calling test (with the reason) when it is absent. */
    public static Path corpusOrSkip() {
        Path corpus = sharedDir().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "Skipped: shared corpus not found at " + corpus
                + " (set -Dshared.dir or CABLETRENDS_SHARED)");
        return corpus;
    }
}
