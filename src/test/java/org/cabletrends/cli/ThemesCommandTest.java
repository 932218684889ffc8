package org.cabletrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The themes subcommand's wiring; bad usage is caught before any Spark session starts. */
class ThemesCommandTest {
    @Test
    void helpListsTheOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CableTrends.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()), "themes", "--help");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--run-dir").contains("--themes-file")
                .contains("--theme-threshold").contains("--burst-gamma");
    }

    @Test
    void missingRunDirAndBadValuesAreBadUsage() {
        assertThat(run("themes")).isEqualTo(2);
        assertThat(run("themes", "--run-dir", "no/such/run")).isEqualTo(2);
        assertThat(run("themes", "--run-dir", "x", "--burst-rate", "1")).isEqualTo(2);
        assertThat(run("run", "--stages", "ingest,charts")).isEqualTo(2);
    }

    private static int run(String... args) {
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            return CableTrends.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream()), args);
        } finally {
            System.setErr(err);
        }
    }
}
