package org.cabletrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ingest subcommand's wiring; bad usage is caught before any Spark session starts. */
class IngestCommandTest {
    @Test
    void helpListsTheOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CableTrends.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()), "ingest", "--help");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--csv-split-size").contains("--duplicate-rule");
    }

    @Test
    void missingInputAndBadValuesAreBadUsage() {
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(run("ingest", "in", "--partition-by", "decade")).isEqualTo(2);
        assertThat(run("ingest", "in", "--min-partitions", "x")).isEqualTo(2);
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
