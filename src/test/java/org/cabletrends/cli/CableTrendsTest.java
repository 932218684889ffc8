package org.cabletrends.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cabletrends.cable.CableJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Command wiring: exit codes, JSON keys, stdin, CSV input, the validate command's outputs. */
class CableTrendsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An invented cable in the site layout (no real cable text in the repository). */
    private static final String CABLE = String.join("\n", "R 311503Z JAN 08", "FM AMEMBASSY EXAMPLE",
            "TO SECSTATE WASHDC 0001", "", "C O N F I D E N T I A L EXAMPLE 000101", "", "E.O. 12958: DECL: 01/31/2018",
            "TAGS: PGOV, PHUM", "SUBJECT: AN INVENTED SUBJECT", "", "1. (C) An invented paragraph.", "DOE", "");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.lines().toList()) {
                nodes.add(MAPPER.readTree(line));
            }
            return nodes;
        }
    }

    static Run runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CableTrends.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "parse", "validate"})
    void helpExitsZeroAndDescribesTheCommand(String command) {
        Run r = command.isEmpty() ? run("--help") : run(command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: cabletrends" + (command.isEmpty() ? "" : " " + command));
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        assertThat(run("--help").out()).contains("parse").contains("validate");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("nosuchcommand").code()).isEqualTo(2);
        assertThat(run("parse", "--nosuchoption", "x.txt").code()).isEqualTo(2);
        assertThat(run("parse").code()).isEqualTo(2);
        assertThat(run("parse", "--format", "xml", "-").code()).isEqualTo(2);
        assertThat(run("validate").code()).isEqualTo(2);
        Run missingDir = run("validate", "--corpus", dir.resolve("absent").toString());
        assertThat(missingDir.code()).isEqualTo(2);
        assertThat(missingDir.err()).contains("Invalid --corpus");
    }

    @Test
    void parseWritesOneJsonObjectPerFileWithEveryKey() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), CABLE);
        Path b = Files.writeString(dir.resolve("b.txt"), CABLE.replace("000101", "000102"));

        Run r = run("parse", a.toString(), b.toString());

        assertThat(r.code()).isZero();
        List<JsonNode> nodes = r.jsonLines();
        assertThat(nodes).hasSize(2);
        assertThat(keys(nodes.get(0))).isEqualTo(CableJson.FIELDS);
        assertThat(nodes).extracting(n -> n.get("source_id").asText()).containsExactly(a.toString(), b.toString());
    }

    @Test
    void parseReadsStandardInput() throws IOException {
        Run r = runWithStdin(CABLE, "parse", "-");

        assertThat(r.code()).isZero();
        List<JsonNode> nodes = r.jsonLines();
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).get("source_id").asText()).isEqualTo("-");
        assertThat(keys(nodes.get(0))).isEqualTo(CableJson.FIELDS);
    }

    @Test
    void parseReadsCsvFilesRowByRowAndCsvFromStdinOnRequest() throws IOException {
        Path csv = dir.resolve("rows.csv");
        Files.write(csv, fixture("good.csv"));

        Run file = run("parse", csv.toString());
        Run stdin = runWithStdin(new String(fixture("good.csv"), StandardCharsets.UTF_8),
                "parse", "--format", "csv", "-");

        assertThat(file.code()).isZero();
        assertThat(file.jsonLines()).extracting(n -> n.get("source_id").asText())
                .containsExactly(csv + "#1", csv + "#2", csv + "#3");
        assertThat(stdin.jsonLines()).extracting(n -> n.get("source_id").asText())
                .containsExactly("-#1", "-#2", "-#3");
    }

    @Test
    void malformedCsvRowsAndMissingFilesFailButTheRestIsWritten() throws IOException {
        Path csv = dir.resolve("broken.csv");
        Files.write(csv, fixture("broken.csv"));

        Run r = run("parse", csv.toString(), dir.resolve("missing.txt").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.jsonLines()).hasSize(3);
        assertThat(r.err()).contains("Invalid CSV row 2 in " + csv + " at line 2").contains("Cannot read ");
    }

    @Test
    void prettyOutputIsIndentedJson() throws IOException {
        Run r = runWithStdin(CABLE, "parse", "--pretty", "-");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines().count()).isGreaterThan(CableJson.FIELDS.size());
        assertThat(keys(MAPPER.readTree(r.out()))).isEqualTo(CableJson.FIELDS);
    }

    @Test
    void validatePrintsTheTableAndWritesTheDisagreements() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/site"));
        Files.writeString(corpus.resolve("08EXAMPLE101.txt"), CABLE);
        Files.writeString(dir.resolve("corpus/site.tsv"), "refid\tcreated\tclassification\torigin\n"
                + "08EXAMPLE101\t2008-01-31 15:03\tCONFIDENTIAL\tEmbassy Nowhere\n");
        Path out = dir.resolve("dis.tsv");

        Run r = run("validate", "--corpus", dir.resolve("corpus").toString(), "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("site ").contains("exceptions: 0").contains("disagreements written to " + out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("source\trefid\tfield\tparsed\tpublished");
        assertThat(r.out()).contains("disagreements: " + (lines.size() - 1));
        assertThat(lines).anyMatch(l -> l.startsWith("site\t08EXAMPLE101\torigin\t")); // the origin is made up
    }

    private static byte[] fixture(String name) throws IOException {
        try (var in = CableTrendsTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        }
    }
}
