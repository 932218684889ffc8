package org.cabletrends.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Topic-model tokens of one text (pure Java, per document): {@link Boilerplate} removed, Lucene's standard tokenizer,
 * possessives removed, lower case, letters only, at least {@value #MIN_LENGTH} characters, {@link Stopwords} removed,
 * Porter stems (Lucene's PorterStemFilter, as the themes matcher uses). Stop words and dropped tokens leave no gap
 * ("freedom of the press" gives the adjacent stems {@code freedom press}); a sentence end ({@code . ! ? ; :}) or a
 * blank line does, and phrases never span it.
 */
public final class TopicText {
    public static final int MIN_LENGTH = 3;

    private static final Analyzer SURFACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            return new TokenStreamComponents(source, new LowerCaseFilter(s));
        }
    };
    private static final Analyzer PORTER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
    };
    /** Bounded so a corpus of rare words (names) cannot grow it without limit. */
    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    private TopicText() {
    }

    /** The tokens of a text, sentence boundaries dropped. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        sentences(text).forEach(out::addAll);
        return out;
    }

    /** The tokens of a text per sentence (no empty sentence). */
    public static List<List<Token>> sentences(String text) {
        String clean = Boilerplate.strip(text);
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        try (TokenStream ts = SURFACE.tokenStream("text", clean)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int previousEnd = 0;
            boolean previousDotted = false;
            while (ts.incrementToken()) {
                if (breaksBetween(clean, previousEnd, offset.startOffset(), previousDotted) && !current.isEmpty()) {
                    sentences.add(List.copyOf(current));
                    current.clear();
                }
                String word = term.toString();
                previousEnd = offset.endOffset();
                previousDotted = word.indexOf('.') >= 0;
                if (keep(word)) {
                    current.add(new Token(stem(word), word));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
        }
        return sentences;
    }

    /** Whether the characters between two tokens end a sentence; the dot of an abbreviation (U.S.) does not. */
    static boolean breaksBetween(String text, int from, int to, boolean afterDottedToken) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '!', '?', ';', ':' -> {
                    return true;
                }
                case '.' -> {
                    if (!(afterDottedToken && i == from)) {
                        return true;
                    }
                }
                case '\n' -> {
                    if (++newlines == 2) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Letters only, long enough, not a stop word. */
    static boolean keep(String word) {
        if (word.length() < MIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !Stopwords.contains(word);
    }

    /** The Porter stem of a lower-case word. */
    public static String stem(String word) {
        String cached = STEMS.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = porter(word);
        if (STEMS.size() < CACHE_LIMIT) {
            STEMS.put(word, stem);
        }
        return stem;
    }

    private static String porter(String word) {
        try (TokenStream ts = PORTER.tokenStream("t", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stem " + word, e);
        }
    }
}
