package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.cabletrends.cable.SharedDir;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCorpus;
import org.junit.jupiter.api.Test;

/** The cached per-token stemming gives exactly EnglishAnalyzer's stems. */
class StemTokensTest {
    @Test
    void sameStemsAsEnglishAnalyzerOnGeneratedText() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(200));
        for (var c : corpus) {
            assertSame(new String(c.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertSame("The U.S. Embassy's e-mail: migrants' 3.5% rise; don't RE-SETTLE Jehovah's Witnesses.");
    }

    @Test
    void sameStemsAsEnglishAnalyzerOnSeeds() throws Exception {
        Path seeds = SharedDir.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                assertSame(Files.readString(f));
            }
        }
    }

    private static void assertSame(String text) throws Exception {
        List<String> expected = new ArrayList<>();
        try (EnglishAnalyzer a = new EnglishAnalyzer(); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                expected.add(t.toString());
            }
            ts.end();
        }
        StemTokens got = StemTokens.of(text);
        assertThat(Arrays.asList(got.stems()).subList(0, got.size())).isEqualTo(expected);
    }
}
