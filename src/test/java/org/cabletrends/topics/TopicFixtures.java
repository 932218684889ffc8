package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures of the topics package (src/test/resources/topics) and helpers shared by its tests. */
final class TopicFixtures {
    static final String TOKENS = "fixture-tokens.tsv";
    static final String TOPICS = "fixture-topics.txt";
    static final String EDGE_TOPICS = "fixture-topics-edge.txt";

    private TopicFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TopicFixtures.class.getResource("/topics/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot find test resource topics/" + name, e);
        }
    }

    /** A topics file as npmi.py reads it: one topic a line, an optional {@code label<TAB>} ignored. */
    static List<List<String>> topics(Path file) {
        try {
            List<List<String>> topics = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String words = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                List<String> split = TokensFile.split(words);
                if (!split.isEmpty()) {
                    topics.add(split);
                }
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> tokens(Path file) {
        return TokensFile.readAll(file).documents().stream().map(TokensFile.Document::tokens).toList();
    }

    /** Equal as doubles, NaN equal to NaN. */
    static void assertSame(double actual, double expected, double tolerance, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
        }
    }

    /** Two results that must agree to {@code tolerance} in every figure and exactly in words and counts. */
    static void assertSameResult(Coherence.Result actual, Coherence.Result expected, double tolerance) {
        assertThat(actual.documents()).isEqualTo(expected.documents());
        assertThat(actual.missing()).isEqualTo(expected.missing());
        assertThat(actual.topics()).hasSameSizeAs(expected.topics());
        for (int t = 0; t < expected.topics().size(); t++) {
            Coherence.TopicScore a = actual.topics().get(t);
            Coherence.TopicScore e = expected.topics().get(t);
            assertThat(a.topic()).isEqualTo(t);
            assertThat(a.words()).isEqualTo(e.words());
            assertThat(a.missing()).isEqualTo(e.missing());
            assertSame(a.npmi(), e.npmi(), tolerance, "npmi of topic " + t);
            assertSame(a.umass(), e.umass(), tolerance, "umass of topic " + t);
        }
        assertSame(actual.meanNpmi(), expected.meanNpmi(), tolerance, "mean npmi");
        assertSame(actual.meanUmass(), expected.meanUmass(), tolerance, "mean umass");
    }

    /** A seeded random distribution over {@code n} terms named {@code prefix0..}, peaked like a topic. */
    static double[] peaked(java.util.Random random, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.pow(random.nextDouble(), 8);
        }
        double sum = Arrays.stream(p).sum();
        return Arrays.stream(p).map(x -> x / sum).toArray();
    }
}
