package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage of the themes job is found before Spark starts: exit 2 and a message naming the problem. */
class ThemesJobTest {
    @TempDir
    Path dir;

    @Test
    void anInvalidThemesFileNamesTheThemeAndTheField() throws Exception {
        Path run = committedRun();
        Path themes = dir.resolve("themes.json");
        Files.writeString(themes, "{\"version\": 1, \"themes\": [{\"id\": \"housing\", \"label\": \"Housing\", "
                + "\"description\": \"Homes.\", \"terms\": []}]}");
        Result r = run("--run_dir", run.toString(), "--themes_file", themes.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("Invalid theme 'housing': field 'terms' must be a non-empty list of strings");
    }

    @Test
    void aMissingThemesFileIsBadUsage() throws Exception {
        Result r = run("--run_dir", committedRun().toString(), "--themes_file", dir.resolve("none.json").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).startsWith("Cannot read themes file " + dir.resolve("none.json"));
    }

    @Test
    void aRunDirectoryWithoutACommittedRunIsBadUsage() throws Exception {
        Result missing = run("--run_dir", dir.resolve("nowhere").toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).startsWith("Cannot add themes to ").contains("nowhere: no such directory");
        Result empty = run("--run_dir", dir.toString());
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("no manifest.json (not a committed run directory)");
        Result none = run();
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).startsWith("Invalid value for 'run_dir': ''");
    }

    private Path committedRun() throws Exception {
        Path run = Files.createDirectories(dir.resolve("out/r1"));
        Files.writeString(run.resolve("manifest.json"), "{\"status\": \"ok\"}");
        return run;
    }

    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(ThemesJob.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }
}
