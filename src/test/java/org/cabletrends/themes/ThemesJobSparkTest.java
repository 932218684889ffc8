package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.cabletrends.cable.CableParser;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.ingest.IngestCables;
import org.cabletrends.ingest.IngestResult;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;
import org.cabletrends.trends.ThemeAggregates;
import org.cabletrends.trends.TrendSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The themes stage on an ingested synthetic corpus: the six tables with their documented schemas, every cable
 * scored, scores equal to {@link ThemeMatcher#match} of the parsed cable file, and a re-run replacing the folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThemesJobSparkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static SparkSession spark;
    static String runDir;
    static ThemesResult result;

    @BeforeAll
    static void ingestAndScore() throws Exception {
        spark = SparkTestSession.get();
        new SyntheticCorpus(SynthOptions.defaults().withCables(400).withSeed(3)).writeDirectory(dir.resolve("in"));
        IngestResult ingest = IngestCables.of(spark, config(Map.of("input", dir.resolve("in").toString()))).execute();
        assertThat(ingest.ok()).isTrue();
        runDir = ingest.runDir();
        result = ScoreThemes.of(spark, config(Map.of("run_dir", runDir))).execute();
    }

    static CablesConfig config(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.putAll(Map.of("output", dir.resolve("out").toString(), "run_id", "r1"));
        return CablesConfig.resolve(all, Map.of(), Map.of(), Clock.systemUTC());
    }

    @Test
    void everyCableIsScoredAndTheManifestCountsTheTables() throws Exception {
        assertThat(result.ok()).as(String.valueOf(result.message())).isTrue();
        long cables = spark.read().parquet(runDir + "/cables").count();
        assertThat(result.cables()).isEqualTo(cables).isEqualTo(result.cablesScored());
        JsonNode manifest = JSON.readTree(local(result.themesDir()).resolve("manifest.json").toFile());
        assertThat(manifest.at("/cables/scored").asLong()).isEqualTo(cables);
        assertThat(manifest.at("/themes_file/sha256").asText()).isEqualTo(ThemesFile.load("").sha256());
        for (String table : ScoreThemes.TABLES) {
            assertThat(manifest.at("/rows/" + table).asLong()).as(table).isEqualTo(table(table).count());
        }
        assertThat(result.rows(ScoreThemes.CABLE_THEMES)).isPositive();
        assertThat(result.rows(ThemeAggregates.MONTHLY)).isPositive();
    }

    @Test
    void tablesHaveTheDocumentedSchemas() {
        Map<String, StructType> documented = Map.of(ScoreThemes.CABLE_THEMES, ThemeScores.SCHEMA,
                ScoreThemes.PARAGRAPH_THEMES, ThemeScores.PARAGRAPH_SCHEMA,
                ThemeAggregates.MONTHLY, TrendSchemas.THEME_MONTHLY, ThemeAggregates.YEARLY, TrendSchemas.THEME_YEARLY,
                ThemeAggregates.KEYWORDS, TrendSchemas.THEME_KEYWORDS, ThemeAggregates.BURSTS, TrendSchemas.THEME_BURSTS);
        documented.forEach((table, schema) -> assertThat(fields(table(table).schema()))
                .as(table).containsExactlyInAnyOrderElementsOf(fields(schema)));
    }

    @Test
    void scoresEqualTheMatcherOnTheParsedCableFiles() throws Exception {
        ThemeMatcher matcher = new ThemeMatcher(ThemeDefinitions.defaults());
        Map<String, Row> rows = new HashMap<>();
        table(ScoreThemes.CABLE_THEMES).collectAsList().forEach(r -> rows.put(r.getString(0) + "/" + r.getString(1), r));
        int compared = 0;
        for (Row c : spark.read().parquet(runDir + "/cables").select("refid", "source").collectAsList()) {
            CableThemes expected = matcher.match(CableParser.parse(c.getString(1),
                    Files.readAllBytes(Path.of(URI.create(c.getString(1))))).cable());
            for (CableThemes.ThemeScore s : expected.scores()) {
                Row r = rows.remove(c.getString(0) + "/" + s.theme());
                if (s.evidence().isEmpty() && !s.tagSignal()) {
                    assertThat(r).isNull();
                    continue;
                }
                assertThat(r).as(c.getString(0) + " " + s.theme()).isNotNull();
                assertThat(r.getDouble(2)).isEqualTo(s.hits());
                assertThat(r.getDouble(3)).isEqualTo(s.textScore());
                assertThat(r.getBoolean(4)).isEqualTo(s.tagSignal());
                assertThat(r.<Integer>getList(5)).isEqualTo(s.paragraphs());
                assertThat(r.<Row>getList(6)).extracting(e -> e.getInt(0) + ":" + e.getString(1))
                        .containsExactlyElementsOf(s.evidence().stream().map(e -> e.paragraph() + ":" + e.term())
                                .toList());
                compared++;
            }
        }
        assertThat(rows).as("cable_themes rows of no cable").isEmpty();
        assertThat(compared).isEqualTo(result.rows(ScoreThemes.CABLE_THEMES));
    }

    @Test
    void paragraphThemesAddUpToTheCableHits() {
        Dataset<Row> sums = table(ScoreThemes.PARAGRAPH_THEMES).filter("number >= 0").groupBy("refid", "theme")
                .sum("hits").withColumnRenamed("sum(hits)", "paragraph_hits");
        Dataset<Row> joined = table(ScoreThemes.CABLE_THEMES).filter("hits > 0").join(sums,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("refid", "theme")).toList(), "full_outer");
        assertThat(joined.filter("hits IS NULL OR paragraph_hits IS NULL OR abs(hits - paragraph_hits) > 1e-9")
                .count()).isZero();
        assertThat(joined.count()).isPositive();
    }

    /** Last: it replaces the folder the other tests read. */
    @Test
    @Order(Integer.MAX_VALUE)
    void reRunReplacesTheThemesFolderWhole() throws Exception {
        long talking = talkingCables();
        ThemesResult again = ScoreThemes.of(spark, config(Map.of("run_dir", runDir, "theme_threshold", "0.9")))
                .execute();
        assertThat(again.ok()).isTrue();
        Path run = local(runDir);
        JsonNode manifest = JSON.readTree(run.resolve("themes/manifest.json").toFile());
        assertThat(manifest.at("/config/theme_threshold").asDouble()).isEqualTo(0.9);
        assertThat(again.rows(ScoreThemes.CABLE_THEMES)).isEqualTo(result.rows(ScoreThemes.CABLE_THEMES));
        assertThat(talkingCables()).isLessThan(talking);
        try (Stream<Path> names = Files.list(run)) {
            assertThat(names.map(p -> p.getFileName().toString())).contains("themes")
                    .noneMatch(n -> n.startsWith("_tmp-") || n.startsWith("_old-"));
        }
    }

    /** Cables that talk about a theme, summed over themes and months (all posts). */
    private static long talkingCables() {
        return table(ThemeAggregates.MONTHLY).filter("post IS NULL").agg(org.apache.spark.sql.functions
                .sum("theme_cables")).first().getLong(0);
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(runDir + "/themes/" + name);
    }

    private static List<String> fields(StructType schema) {
        return Stream.of(schema.fields()).map(f -> f.name() + ":" + f.dataType().asNullable().simpleString()).toList();
    }

    private static Path local(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
    }
}
