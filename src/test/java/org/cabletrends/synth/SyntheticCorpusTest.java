package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cabletrends.cable.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static final SynthOptions SMALL = SynthOptions.defaults().withCables(400);

    @Test
    void sameOptionsGiveByteIdenticalDirectories(@TempDir Path dir) throws IOException {
        CorpusWriter.writeDirectory(new SyntheticCorpus(SMALL), dir.resolve("a"));
        CorpusWriter.writeDirectory(new SyntheticCorpus(SMALL), dir.resolve("b"));
        List<Path> a = files(dir.resolve("a"));
        assertThat(a).hasSizeGreaterThan(SMALL.cables());
        assertThat(files(dir.resolve("b"))).isEqualTo(a);
        for (Path rel : a) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(rel)))
                    .as(rel.toString()).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(rel)));
        }
    }

    @Test
    void streamingIteratorAndRandomAccessAgree() {
        SyntheticCorpus corpus = new SyntheticCorpus(SMALL);
        List<SyntheticCable> streamed = new ArrayList<>();
        corpus.forEach(streamed::add);
        List<SyntheticCable> iterated = new ArrayList<>();
        corpus.iterator().forEachRemaining(iterated::add);
        assertThat(streamed).isEqualTo(iterated);
        assertThat(corpus.cable(123)).isEqualTo(streamed.get(123));
    }

    @Test
    void differentSeedsGiveDifferentCorpora() {
        SyntheticCable a = new SyntheticCorpus(SMALL).cable(10);
        SyntheticCable b = new SyntheticCorpus(SMALL.withSeed(8)).cable(10);
        assertThat(b.bytes()).isNotEqualTo(a.bytes());
    }

    @Test
    void countsAndProportionsFollowTheOptions() {
        SynthOptions options = SynthOptions.defaults().withCables(3000);
        Map<CableForm, Integer> forms = new EnumMap<>(CableForm.class);
        Map<Classification, Integer> levels = new EnumMap<>(Classification.class);
        Set<String> names = new HashSet<>();
        long[] last = {Long.MIN_VALUE};
        int[] n = {0};
        new SyntheticCorpus(options).forEach(c -> {
            CableTruth t = c.truths();
            forms.merge(t.form(), 1, Integer::sum);
            levels.merge(t.classification(), 1, Integer::sum);
            names.add(c.fileName());
            assertThat(t.dtg().getEpochSecond()).isGreaterThanOrEqualTo(last[0]);
            last[0] = t.dtg().getEpochSecond();
            assertThat(t.dtg().toString()).startsWith("20");
            n[0]++;
        });
        assertThat(n[0]).isEqualTo(3000);
        assertThat(names).as("file names are unique").hasSize(3000);
        for (CableForm f : CableForm.values()) {
            assertThat(forms.getOrDefault(f, 0) / 3000.0).as(f.name())
                    .isCloseTo(options.formMix().weight(f), org.assertj.core.data.Offset.offset(0.03));
        }
        assertThat(levels.get(Classification.CONFIDENTIAL) / 3000.0).isBetween(0.35, 0.45);
        assertThat(levels.get(Classification.SECRET) / 3000.0).isBetween(0.03, 0.09);
    }

    @Test
    void malformedFractionIsHonouredAndRecorded() {
        SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(2000).withMalformedRate(0.1));
        int[] bad = {0};
        corpus.forEach(c -> {
            Malformation m = c.truths().malformation();
            if (m == null) {
                return;
            }
            bad[0]++;
            switch (m) {
                case EMPTY -> assertThat(c.size()).isZero();
                case GARBLED_ID -> assertThat(c.refid()).isNotEqualTo(c.truths().refid());
                case TRUNCATED -> assertThat(c.size()).isPositive();
                case BINARY_JUNK -> assertThat(c.bytes()).doesNotContain((byte) '"', (byte) '\\');
            }
        });
        assertThat(bad[0] / 2000.0).isBetween(0.08, 0.12);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
