package org.cabletrends.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text after Lucene English analysis (standard tokenizer, possessives removed, lower case, English stop words
 * removed, Porter stemming): the stems in order with the character span of each token. Stop words leave no gap, so
 * a phrase such as "freedom of the press" is the stem sequence {@code freedom press}.
 */
record StemTokens(String[] stems, int[] starts, int[] ends, int size) {
    /** One analyzer for the JVM: Lucene analyzers are thread-safe (per-thread token stream reuse). */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    static StemTokens of(String text) {
        String[] stems = new String[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        try (TokenStream ts = ANALYZER.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == stems.length) {
                    stems = Arrays.copyOf(stems, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                stems[n] = term.toString();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        return new StemTokens(stems, starts, ends, n);
    }

    /** The stems of a term or phrase as written in a themes file. */
    static String[] stemsOf(String termOrPhrase) {
        StemTokens t = of(termOrPhrase);
        return Arrays.copyOf(t.stems, t.size);
    }
}
