package org.cabletrends.cable;

import java.nio.file.Path;

/** Where the golden fixtures live: in the source tree, so that {@code -Dgolden.update=true} rewrites them in place. */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    }

    static Path goldenDir() {
        return projectDir().resolve("src/test/resources/golden");
    }

    static Path seedExpectedDir() {
        return goldenDir().resolve("seeds");
    }

    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }
}
