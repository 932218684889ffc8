package org.cabletrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.cabletrends.config.CablesConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of small invented fixtures: a directory and a cables.csv, a duplicate pair, rejects of every kind. */
class IngestSparkTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static IngestResult result;

    @BeforeAll
    static void ingest() throws Exception {
        spark = SparkTestSession.get();
        Path cables = Files.createDirectories(dir.resolve("in/cables"));
        Files.writeString(cables.resolve("07OSLO412.txt"), CableFixtures.siteCable("OSLO", 412, "LIBRARIES", "Short."));
        Files.writeString(cables.resolve("07BERGEN13.txt"), CableFixtures.siteCable("BERGEN", 13, "PORTS", "Short."));
        Files.writeString(cables.resolve("07TROMSO7.txt"), CableFixtures.siteCable("TROMSO", 7, "FISH", "Short."));
        Files.writeString(cables.resolve("empty.txt"), "  \n");
        Files.write(cables.resolve("image.gif"), new byte[] {'G', 'I', 'F', 0, 0, 1, 2, 3});
        Files.writeString(cables.resolve("notes.md"), "# notes, skipped");
        Files.writeString(cables.resolve("meta.tsv"), "refid\tcreated\n");
        String csv = CableFixtures.csvRow(1, "3/13/2007 15:30", "07OSLO412", "Embassy Oslo", "CONFIDENTIAL", "",
                CableFixtures.siteCable("OSLO", 412, "LIBRARIES", "Short."))
                + CableFixtures.csvRow(2, "3/13/2007 15:30", "07BERGEN13", "Consulate Bergen", "CONFIDENTIAL", "",
                CableFixtures.siteCable("BERGEN", 13, "PORTS", "A longer second version of this paragraph."))
                + "\"3\",\"3/13/2007 15:30\",\"07BROKEN1\",\"Embassy Oslo\",\"SECRET\",\"\",\"\",\"an \"unescaped\" quote\"\n"
                + CableFixtures.csvRow(4, "4/2/2008 10:00", "08OSLO99", "Embassy Oslo", "UNCLASSIFIED", "",
                "1. (U) A partial extract without any header at all, in invented words.\n");
        Files.writeString(dir.resolve("in/cables.csv"), csv, StandardCharsets.UTF_8);
        result = run("r1", dir.resolve("in/cables").toString(), dir.resolve("in/*.csv").toString());
    }

    static IngestResult run(String runId, String... inputs) throws Exception {
        CablesConfig config = CablesConfig.resolve(Map.of("input", String.join(",", inputs),
                "output", dir.resolve("out").toString(), "run_id", runId, "csv_split_size", "1k"),
                Map.of(), Map.of(), Clock.systemUTC());
        return IngestCables.of(spark, config).execute();
    }

    @Test
    void countsReconcile() {
        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(result.inputs().cableFiles()).isEqualTo(5);
        assertThat(result.inputs().csvRows()).isEqualTo(4);
        assertThat(result.inputs().skippedFiles()).isEqualTo(2);
        assertThat(result.inputs().units()).isEqualTo(9);
        assertThat(result.rows("cables") + result.rows("rejects") + result.rows("duplicates")).isEqualTo(9);
        assertThat(Files.exists(dir.resolve("out/_tmp-r1"))).isFalse();
    }

    @Test
    void rejectsSayWhy() {
        Map<String, String> reasons = table("rejects").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("source"), r -> r.getAs("reason")));
        assertThat(reasons.values()).containsExactlyInAnyOrder("empty_input", "binary_input", "malformed_csv_row");
        assertThat(reasons.keySet()).anySatisfy(s -> assertThat(s).endsWith("cables.csv@" + malformedOffset()));
    }

    @Test
    void duplicatesKeepOneCopyByTheRule() {
        List<Row> dups = table("duplicates").orderBy("refid").collectAsList();
        assertThat(dups).extracting(r -> (String) r.getAs("refid")).containsExactly("07BERGEN13", "07OSLO412");
        Row bergen = dups.get(0);
        assertThat((String) bergen.getAs("source")).endsWith("07BERGEN13.txt");
        assertThat((String) bergen.getAs("kept_source")).contains("cables.csv@");
        assertThat((String) bergen.getAs("reason")).isEqualTo("other_version");
        List<Row> cables = table("cables").orderBy("refid").collectAsList();
        assertThat(cables).extracting(r -> (String) r.getAs("refid"))
                .containsExactly("07BERGEN13", "07OSLO412", "07TROMSO7", "08OSLO99");
        assertThat(cables).extracting(r -> (String) r.getAs("source")).doesNotHaveDuplicates();
    }

    @Test
    void cablesCarryParserFieldsAndPartitions() {
        Row oslo = table("cables").where("refid = '07OSLO412'").first();
        assertThat((String) oslo.getAs("classification")).isEqualTo("CONFIDENTIAL");
        assertThat((Integer) oslo.getAs("classification_rank")).isEqualTo(3);
        assertThat((Integer) oslo.getAs("year")).isEqualTo(2007);
        assertThat((String) oslo.getAs("content_hash")).hasSize(64);
        assertThat(oslo.getList(oslo.fieldIndex("tags"))).isNotEmpty();
        assertThat(Files.isDirectory(Path.of(result.tablePaths().get("cables").replace("file:", ""), "year=2007"))).isTrue();
        Row extract = table("cables").where("refid = '08OSLO99'").first();
        assertThat((Integer) extract.getAs("year")).isEqualTo(2008);
        assertThat(table("parse_issues").where("refid = '08OSLO99' and code = 'REFID_FROM_SOURCE'").count()).isEqualTo(1);
        assertThat(table("paragraphs").where("refid = '07OSLO412'").count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void manifestRecordsTheRun() throws Exception {
        JsonNode m = new ObjectMapper().readTree(Path.of(result.runDir().replace("file:", ""), "manifest.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("ok");
        assertThat(m.at("/rows/cables").asLong()).isEqualTo(result.rows("cables"));
        assertThat(m.at("/inputs/csv_rows").asLong()).isEqualTo(4);
        assertThat(m.at("/config/csv_split_size").asLong()).isEqualTo(1024);
        assertThat(m.at("/versions/spark").asText()).isEqualTo(spark.version());
    }

    @Test
    void aRunIdIsWrittenOnlyOnce() {
        assertThatThrownBy(() -> run("r1", dir.resolve("in").toString())).hasMessageStartingWith("Cannot write run r1");
    }

    @Test
    void sameInputSameTables() throws Exception {
        IngestResult again = run("r2", dir.resolve("in").toString());
        assertThat(again.rows()).isEqualTo(result.rows());
        assertThat(table(again, "cables").drop("source").except(table("cables").drop("source")).count()).isZero();
    }

    private static long malformedOffset() {
        String csv = new String(readAll(dir.resolve("in/cables.csv")), StandardCharsets.UTF_8);
        return csv.substring(0, csv.indexOf("\"3\",")).getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        return table(result, name);
    }

    private static org.apache.spark.sql.Dataset<Row> table(IngestResult r, String name) {
        return spark.read().schema(IngestSchemas.schema(name)).parquet(r.tablePaths().get(name));
    }
}
