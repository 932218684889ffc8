package org.cabletrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.cable.SharedDir;
import org.cabletrends.SparkTestSession;
import org.cabletrends.cable.CablesCsvReader;
import org.cabletrends.config.CablesConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ingests every source of the shared corpus at once; counts must reconcile and read back outside Spark. */
class CorpusIngestIT {
    static final List<String> DIRECTORIES = List.of("site", "site-dec2010-variants", "site-later-release", "flattened", "plusd");
    static Path corpus;
    static SparkSession spark;
    static IngestResult result;

    @BeforeAll
    static void ingest() throws Exception {
        corpus = SharedDir.require("corpus");
        spark = SparkTestSession.get();
        Path out = Path.of("target", "it-ingest").toAbsolutePath();
        String runId = "corpus-" + System.currentTimeMillis();
        CablesConfig config = CablesConfig.resolve(Map.of("input", corpus.toString(), "output", out.toString(),
                "run_id", runId, "csv_split_size", "4m"), Map.of(), Map.of(), Clock.systemUTC());
        result = IngestCables.of(spark, config).execute();
    }

    @Test
    void everyInputUnitIsACableARejectOrADuplicate() throws IOException {
        assertThat(result.ok()).as(String.valueOf(result.message())).isTrue();
        long files = 0;
        for (String d : DIRECTORIES) {
            try (Stream<Path> s = Files.list(corpus.resolve(d))) {
                files += s.filter(Files::isRegularFile).count();
            }
        }
        assertThat(result.inputs().cableFiles()).isEqualTo(files);
        assertThat(result.inputs().csvRows()).isEqualTo(csvRows(corpus.resolve("cables.csv")));
        assertThat(result.inputs().units()).isEqualTo(files + result.inputs().csvRows());
        assertThat(result.rows("cables") + result.rows("rejects") + result.rows("duplicates"))
                .isEqualTo(result.inputs().units());
        // site/ and cables.csv hold the same cables, and the variants are versions of site cables.
        assertThat(result.rows("duplicates")).isGreaterThanOrEqualTo(5384 + 36 - result.rows("rejects"));
    }

    @Test
    void manifestMatchesTheTables() throws IOException {
        JsonNode m = new ObjectMapper().readTree(Path.of(java.net.URI.create(result.runDir())).resolve("manifest.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("ok");
        for (String table : IngestSchemas.TABLES) {
            long read = spark.read().schema(IngestSchemas.schema(table)).parquet(result.tablePaths().get(table)).count();
            assertThat(m.at("/rows/" + table).asLong()).as(table).isEqualTo(read);
        }
        long distinct = spark.read().parquet(result.tablePaths().get("cables")).select("refid").distinct().count();
        assertThat(distinct).isEqualTo(result.rows("cables"));
    }

    @Test
    void tablesReadBackOutsideSparkWithDuckDb() throws Exception {
        Path script = Path.of("jobs", "check-parquet.mjs").toAbsolutePath();
        assumeTrue(onPath("node"), "Skipped: node is not on the PATH (DuckDB check of the Parquet tables)");
        assumeTrue(Files.isDirectory(Path.of("jobs", "duckdb", "node_modules", "@duckdb", "node-api")),
                "Skipped: run `npm install` in jobs/duckdb for the DuckDB check");
        Process p = new ProcessBuilder("node", script.toString(), Path.of(java.net.URI.create(result.runDir())).toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("cables\t" + result.rows("cables") + "\tok");
    }

    private static long csvRows(Path csv) throws IOException {
        AtomicLong n = new AtomicLong();
        CablesCsvReader.read(csv, r -> n.incrementAndGet(), e -> n.incrementAndGet());
        return n.get();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
