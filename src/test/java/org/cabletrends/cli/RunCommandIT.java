package org.cabletrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: {@code bin/cabletrends run} on the packaged jar (failsafe runs after
 * {@code package}), in its own process so that it owns its Spark session as a user's run does.
 */
class RunCommandIT {
    @TempDir
    Path out;

    @Test
    void runOnTheDemoCorpusCommitsOneRunAndReusesTheCorpus() throws Exception {
        Result first = run("--cables", "300", "--seed", "11", "--master", "local[2]", "--output", out.toString(),
                "--run-id", "first");
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains("Demo corpus: 300 synthetic cables").contains("run first: ok")
                .contains("stage ingest: ok").contains("stage themes: ok")
                .contains("stage topics: ok");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("first/manifest.json").toFile());
        assertThat(manifest.toString()).contains("\"ok\"");
        JsonNode themes = new ObjectMapper().readTree(out.resolve("first/themes/manifest.json").toFile());
        assertThat(themes.at("/status").asText()).isEqualTo("ok");
        assertThat(themes.at("/cables/scored").asLong()).isEqualTo(manifest.at("/rows/cables").asLong());
        assertThat(out.resolve("first/themes/theme_monthly")).isDirectory();
        JsonNode topics = new ObjectMapper().readTree(out.resolve("first/topics/manifest.json").toFile());
        assertThat(topics.at("/status").asText()).isEqualTo("ok");
        assertThat(topics.at("/model/optimizer").asText()).isEqualTo("gibbs");
        assertThat(out.resolve("first/topics/doc_topics")).isDirectory();
        try (Stream<Path> staging = Files.list(out)) {
            assertThat(staging.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("_tmp"));
        }

        Result second = run("--cables", "300", "--seed", "11", "--master", "local[2]", "--output", out.toString(),
                "--run-id", "second", "--stages", "ingest");
        assertThat(second.exit).as(second.output).isZero();
        assertThat(second.output).contains("Demo corpus: reusing");
        assertThat(rows(second.output)).isEqualTo(rows(first.output));
        assertThat(second.output).doesNotContain("stage themes");
        assertThat(out.resolve("second/themes")).doesNotExist();
        assertThat(out.resolve("second/topics")).doesNotExist();
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        assertThat(run("--no-such-option").exit).isEqualTo(2);
    }

    /** The ingest stage's rows line (the first; the themes stage prints its own). */
    private static String rows(String output) {
        return output.lines().filter(l -> l.startsWith("rows:")).findFirst().orElse("");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bin/cabletrends", "run"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("run-it", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("cabletrends run did not finish in 10 minutes");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
