package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cabletrends.cable.CablesCsvReader;
import org.cabletrends.cable.CsvCableRecord;
import org.cabletrends.cable.CsvRowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CablesCsvTest {
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:\\d{2}");

    @Test
    void csvReReadsWithEightFieldsPerRecordAndMatchesTheGroundTruth(@TempDir Path dir) throws IOException {
        SynthOptions options = SynthOptions.defaults().withCables(600).withMalformedRate(0.05);
        CorpusWriter.Report report = CorpusWriter.writeCablesCsv(new SyntheticCorpus(options), dir);
        String csv = Files.readString(dir.resolve(CorpusWriter.CSV_NAME), StandardCharsets.UTF_8);
        List<List<String>> rows = read(csv);
        List<String> truth = Files.readAllLines(dir.resolve(CorpusWriter.TRUTH_LINES));
        assertThat(rows).hasSize(600);
        assertThat(truth).hasSize(600);
        assertThat(report.bytes()).isEqualTo(Files.size(dir.resolve(CorpusWriter.CSV_NAME)));
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            JsonNode t = json.readTree(truth.get(i));
            assertThat(row).as("row %d", i + 1).hasSize(8);
            assertThat(row.get(0)).isEqualTo(Integer.toString(i + 1));
            assertThat(row.get(1)).matches(DATE);
            assertThat(row.get(2)).isEqualTo(t.get("published_refid").asText());
            assertThat(row.get(3)).isEqualTo(t.get("origin").asText());
            assertThat(row.get(4)).isEqualTo(t.get("classification_label").asText());
            assertThat(t.get("csv_row").asInt()).isEqualTo(i + 1);
            if (t.get("malformed").isNull()) {
                assertThat(row.get(7)).contains(t.get("signer").asText());
                assertThat(row.get(6).isEmpty()).isEqualTo(!row.get(7).contains("VZCZC")
                        && !t.get("form").asText().matches("site|plusd|seed_markdown"));
            }
        }
        JsonNode summary = json.readTree(dir.resolve(CorpusWriter.TRUTH_SUMMARY).toFile());
        assertThat(summary.get("output").asText()).isEqualTo("cables_csv");
        assertThat(summary.at("/counts/cables").asInt()).isEqualTo(600);
        assertThat(summary.at("/counts/malformed").asInt()).isEqualTo(report.malformed());
    }

    @Test
    void projectCsvReaderReadsEveryRowLikeTheDialectCheck(@TempDir Path dir) throws IOException {
        SynthOptions options = SynthOptions.defaults().withCables(400).withMalformedRate(0.05).withSeed(5);
        CorpusWriter.writeCablesCsv(new SyntheticCorpus(options), dir);
        Path file = dir.resolve(CorpusWriter.CSV_NAME);
        List<List<String>> expected = read(Files.readString(file, StandardCharsets.UTF_8));
        List<CsvCableRecord> records = new ArrayList<>();
        List<CsvRowError> errors = new ArrayList<>();
        CablesCsvReader.read(file, records::add, errors::add);
        assertThat(errors).isEmpty();
        assertThat(records).hasSize(expected.size());
        for (int i = 0; i < records.size(); i++) {
            CsvCableRecord r = records.get(i);
            assertThat(List.of(r.id(), r.date(), r.refid(), r.origin(), r.classification(), r.references(),
                    r.header(), r.content())).as("row %d", i + 1).isEqualTo(expected.get(i));
        }
    }

    /** A reader for the dialect: every field quoted, {@code \"} inside quotes is a quote, rows end in newline. */
    static List<List<String>> read(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                throw new AssertionError("Invalid character outside quotes at " + i + ": '" + c + "'");
            }
        }
        assertThat(quoted).as("unterminated field").isFalse();
        assertThat(row).as("trailing partial row").isEmpty();
        return rows;
    }
}
