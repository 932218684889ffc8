package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthJobTest {
    @Test
    void writesADirectoryAndExitsZero(@TempDir Path dir) {
        assertThat(SynthJob.run("--cables", "50", "--seed", "3", "--out", dir.toString())).isZero();
        assertThat(dir.resolve(CorpusWriter.TRUTH_LINES)).exists();
        assertThat(dir.resolve(CorpusWriter.TRUTH_SUMMARY)).exists();
        assertThat(dir.resolve(CorpusWriter.CSV_NAME)).doesNotExist();
    }

    @Test
    void writesCsvWithFlag(@TempDir Path dir) throws Exception {
        assertThat(SynthJob.run("--cables", "20", "--out", dir.toString(), "--csv")).isZero();
        assertThat(Files.size(dir.resolve(CorpusWriter.CSV_NAME))).isPositive();
    }

    @Test
    void badUsageExitsTwo(@TempDir Path dir) {
        assertThat(SynthJob.run("--cables", "0", "--out", dir.toString())).isEqualTo(2);
        assertThat(SynthJob.run("--forms", "html=1", "--out", dir.toString())).isEqualTo(2);
        assertThat(SynthJob.run("--no-such-option")).isEqualTo(2);
    }
}
