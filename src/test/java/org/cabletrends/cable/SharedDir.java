package org.cabletrends.cable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared read-only data (corpus, seeds) outside the repository: the {@code shared.dir} system property if
 * it exists on disk, else the {@code CABLETRENDS_SHARED} environment variable, else {@code /work/shared}.
 */
public final class SharedDir {
    private SharedDir() {
    }

    /** The shared directory, or empty when none of the candidates exists. */
    public static Optional<Path> find() {
        return Stream.of(System.getProperty("shared.dir"), System.getenv("CABLETRENDS_SHARED"), "/work/shared")
                .filter(s -> s != null && !s.isBlank())
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** {@code relative} under the shared directory; skips the calling test (JUnit assumption) when it is absent. */
    public static Path require(String relative) {
        Optional<Path> base = find();
        Assumptions.assumeTrue(base.isPresent(),
                "Skipped: shared data not found (set -Dshared.dir or CABLETRENDS_SHARED, or provide /work/shared)");
        Path path = base.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "Skipped: shared data has no " + path);
        return path;
    }
}
