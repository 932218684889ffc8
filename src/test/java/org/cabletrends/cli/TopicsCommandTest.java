package org.cabletrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad usage of {@code topics} and {@code score} exits 2 before any Spark session starts. */
class TopicsCommandTest {
    static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return CableTrends.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void topicsNeedsARunDirectory() {
        assertThat(run("topics")).isEqualTo(CableTrends.USAGE);
    }

    @Test
    void topicsRejectsAnUnknownOptimizerAndABadK() {
        assertThat(run("topics", "--run-dir", "out/r1", "--optimizer", "variational")).isEqualTo(CableTrends.USAGE);
        assertThat(run("topics", "--run-dir", "out/r1", "--k", "1")).isEqualTo(CableTrends.USAGE);
        assertThat(run("topics", "--run-dir", "out/r1", "--unit", "sentence")).isEqualTo(CableTrends.USAGE);
    }

    @Test
    void scoreNeedsAModelAndInputs() {
        assertThat(run("score", "cables/")).isEqualTo(CableTrends.USAGE);
        assertThat(run("score", "--model", "out/r1/topics/model")).isEqualTo(CableTrends.USAGE);
    }
}
