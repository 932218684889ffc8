package org.cabletrends.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CablesConfigTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void defaultsApplyAndRunIdComesFromTheClock() {
        CablesConfig c = CablesConfig.resolve(Map.of("input", "a,b"), Map.of(), Map.of(), CLOCK);
        assertThat(c.input()).containsExactly("a", "b");
        assertThat(c.output()).isEqualTo(CablesOptions.DEFAULT_OUTPUT);
        assertThat(c.master()).isEqualTo(CablesOptions.DEFAULT_MASTER);
        assertThat(c.runId()).isEqualTo("20260102T030405Z");
        assertThat(c.partitionBy()).isEqualTo(PartitionBy.YEAR);
        assertThat(c.csvSplitSize()).isEqualTo(16L << 20);
        assertThat(c.duplicateRule()).isEqualTo(DuplicateRule.FEWEST_ERRORS);
    }

    @Test
    void cliBeatsSparkConfBeatsFileBeatsDefaults() throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "input=f\noutput=file-out\nmaster=local[1]\nspark.cables.min_partitions=3\n");
        Map<String, String> spark = ConfigSources.fromSparkConf(List.of(Map.entry("spark.cables.output", "spark-out"),
                Map.entry("spark.cables.master", "local[3]"), Map.entry("spark.master", "ignored")));
        ConfigSources.CliOptions cli = ConfigSources.parseArgs("--config", file.toString(), "--master=local[2]",
                "--run-id", "r1", "--csv-split-size", "64k", "--partition_by", "year_month");
        CablesConfig c = CablesConfig.resolve(cli.options(), spark, ConfigSources.fromFile(cli.configFile()), CLOCK);
        assertThat(c.input()).containsExactly("f");
        assertThat(c.output()).isEqualTo("spark-out");
        assertThat(c.master()).isEqualTo("local[2]");
        assertThat(c.minPartitions()).isEqualTo(3);
        assertThat(c.runId()).isEqualTo("r1");
        assertThat(c.csvSplitSize()).isEqualTo(65536);
        assertThat(c.partitionBy().columns()).containsExactly("year", "month");
    }

    @Test
    void sparkMasterStandsForMasterUnlessSparkCablesMasterIsSet() {
        assertThat(ConfigSources.fromSparkConf(List.of(Map.entry("spark.master", "yarn")))).containsEntry("master", "yarn");
        assertThat(ConfigSources.fromSparkConf(List.of(Map.entry("spark.master", "yarn"),
                Map.entry("spark.cables.master", "local[1]")))).containsEntry("master", "local[1]");
    }

    @Test
    void jsonFileListsAndRepeatedInputs() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"input\": [\"x\", \"y\"], \"duplicate_rule\": \"first_source\"}");
        assertThat(ConfigSources.fromFile(file)).containsEntry("input", "x,y").containsEntry("duplicate_rule", "first_source");
        assertThat(ConfigSources.parseArgs("--input", "a", "b", "--input=c").options()).containsEntry("input", "a,b,c");
    }

    @Test
    void unknownKeysFailWithTheKnownOnes() {
        assertThatThrownBy(() -> ConfigSources.parseArgs("--inptu", "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid config key 'inptu' (known: input, output, master");
        assertThatThrownBy(() -> ConfigSources.fromSparkConf(List.of(Map.entry("spark.cables.colour", "red")))
                .forEach((k, v) -> CablesOptions.checkKnown(k)))
                .hasMessageStartingWith("Invalid config key 'colour'");
    }

    @Test
    void badValuesFailNamingKeyAndValue() {
        assertThatThrownBy(() -> resolve("partition_by", "decade"))
                .hasMessage("Invalid value for 'partition_by': 'decade' (expected one of [year, year_month])");
        assertThatThrownBy(() -> resolve("csv_split_size", "12q")).hasMessageStartingWith("Invalid value for 'csv_split_size': '12q'");
        assertThatThrownBy(() -> resolve("csv_split_size", "10")).hasMessageStartingWith("Invalid value for 'csv_split_size': '10'");
        assertThatThrownBy(() -> resolve("min_partitions", "0")).hasMessageStartingWith("Invalid value for 'min_partitions': '0'");
        assertThatThrownBy(() -> resolve("run_id", "../x")).hasMessageStartingWith("Invalid value for 'run_id': '../x'");
        assertThatThrownBy(() -> CablesConfig.resolve(Map.of(), Map.of(), Map.of(), CLOCK).requireInput())
                .hasMessageStartingWith("Invalid value for 'input': ''");
        assertThatThrownBy(() -> CablesConfig.resolve(Map.of(), Map.of(), Map.of(), CLOCK).requireRunDir())
                .hasMessageStartingWith("Invalid value for 'run_dir': ''");
        assertThatThrownBy(() -> resolve("stages", "ingest,ingest")).hasMessageStartingWith("Invalid value for 'stages'");
        assertThatThrownBy(() -> resolve("stages", "parse")).hasMessageStartingWith("Invalid value for 'stages': 'parse'");
        assertThatThrownBy(() -> resolve("theme_threshold", "0")).hasMessageStartingWith("Invalid value for 'theme_threshold': '0.0'");
        assertThatThrownBy(() -> resolve("burst_rate", "x")).hasMessageStartingWith("Invalid value for 'burst_rate': 'x'");
        assertThatThrownBy(() -> resolve("topics_optimizer", "vb")).hasMessage(
                "Invalid value for 'topics_optimizer': 'vb' (expected one of [online, em, gibbs])");
        assertThatThrownBy(() -> resolve("topics_k", "1")).hasMessageStartingWith("Invalid value for 'topics_k': '1'");
        assertThatThrownBy(() -> resolve("topics_max_df", "1.5")).hasMessageStartingWith("Invalid value for 'topics_max_df'");
        assertThatThrownBy(() -> resolve("topics_phrases", "maybe")).hasMessageStartingWith("Invalid value for 'topics_phrases': 'maybe'");
        assertThatThrownBy(() -> ConfigSources.fromFile(dir.resolve("missing.json")))
                .hasMessageStartingWith("Cannot read config file");
    }

    @Test
    void topicAndThemeSettingsComeFromTheSameSources() {
        CablesConfig c = CablesConfig.resolve(Map.of("topics_k", "50", "topics_optimizer", "gibbs"),
                Map.of("theme_threshold", "2.5", "topics_k", "30"), Map.of("topics_unit", "paragraph"), CLOCK);
        assertThat(c.topics().k()).isEqualTo(50);
        assertThat(c.topics().optimizer()).isEqualTo(TopicOptimizer.GIBBS);
        assertThat(c.topics().effectiveIterations()).isEqualTo(1000);
        assertThat(c.topics().unit()).isEqualTo(TopicUnit.PARAGRAPH);
        assertThat(c.themes().threshold()).isEqualTo(2.5);
        assertThat(c.stages()).containsExactly(Stage.INGEST, Stage.THEMES, Stage.TOPICS);
        assertThat(c.toMap()).containsEntry("topics_k", 50).containsEntry("stages", List.of("ingest", "themes", "topics"));
    }

    private static CablesConfig resolve(String key, String value) {
        return CablesConfig.resolve(Map.of("input", "x", key, value), Map.of(), Map.of(), CLOCK);
    }
}
