package org.cabletrends.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text after Lucene English analysis (standard tokenizer, possessives removed, lower case, English stop words
 * removed, Porter stemming): the stems in order with the character span of each token. Stop words leave no gap, so
 * a phrase such as "freedom of the press" is the stem sequence {@code freedom press}.
 */
record StemTokens(String[] stems, int[] starts, int[] ends, int size) {
    /**
     * EnglishAnalyzer's chain without its last two steps (stop words, Porter stemming), which are applied per token
     * through a cache: neither depends on the token's neighbours, so the result equals {@link EnglishAnalyzer}'s.
     * Lucene analyzers are thread-safe (per-thread token stream reuse).
     */
    private static final Analyzer UNSTEMMED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            return new TokenStreamComponents(source, new LowerCaseFilter(s));
        }
    };
    /** The cache's value for an English stop word (compared by identity): the token is dropped, as StopFilter does. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String STOP = new String("<stop word>");
    private static final Analyzer PORTER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
    };
    /** Entries per thread; bounded so a corpus of rare tokens (numbers, names) cannot grow it without limit. */
    private static final int CACHE_LIMIT = 200_000;
    /**
     * Per thread, keyed by the token's characters: a hit costs no allocation (the token is looked up in the term
     * buffer, not turned into a String first), and threads do not contend. Holds the stop words too (as
     * {@link #STOP}), so each token costs one lookup.
     */
    private static final ThreadLocal<CharArrayMap<String>> STEMS = ThreadLocal.withInitial(StemTokens::newCache);

    static StemTokens of(String text) {
        String[] stems = new String[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        CharArrayMap<String> cache = STEMS.get(); // once per text: a ThreadLocal lookup per token costs more
        try (TokenStream ts = UNSTEMMED.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == stems.length) {
                    stems = Arrays.copyOf(stems, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                String stem = stem(cache, term);
                if (stem == STOP) {
                    continue;
                }
                stems[n] = stem;
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

    private static CharArrayMap<String> newCache() {
        CharArrayMap<String> cache = new CharArrayMap<>(1 << 14, false);
        for (Object stop : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            cache.put((char[]) stop, STOP);
        }
        return cache;
    }

    private static String stem(CharArrayMap<String> cache, CharTermAttribute term) {
        String cached = cache.get(term.buffer(), 0, term.length());
        if (cached != null) {
            return cached;
        }
        String token = term.toString();
        String stem = porter(token);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(token, stem);
        }
        return stem;
    }

    private static String porter(String token) {
        try (TokenStream ts = PORTER.tokenStream("t", token)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : token;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stem " + token, e);
        }
    }

    /** The stems of a term or phrase as written in a themes file. */
    static String[] stemsOf(String termOrPhrase) {
        StemTokens t = of(termOrPhrase);
        return Arrays.copyOf(t.stems, t.size);
    }
}
