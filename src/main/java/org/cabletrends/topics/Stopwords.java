package org.cabletrends.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Stop words of the topic tokens: Lucene's English sets (EnglishAnalyzer's and the Snowball English list) plus the
 * project's cable jargon list {@code topics/stopwords-cable.txt}. Matched against lower-case surface forms.
 */
public final class Stopwords {
    public static final String CABLE_RESOURCE = "/topics/stopwords-cable.txt";
    private static final CharArraySet ALL = load();

    private Stopwords() {
    }

    /** Whether a lower-case word is a stop word. */
    public static boolean contains(CharSequence lowerCaseWord) {
        return ALL.contains(lowerCaseWord);
    }

    /** The project's cable jargon words, sorted. */
    public static Set<String> cableJargon() {
        return readCableList();
    }

    private static CharArraySet load() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        try {
            set.addAll(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Lucene's Snowball English stop words", e);
        }
        set.addAll(readCableList());
        return CharArraySet.unmodifiableSet(set);
    }

    private static Set<String> readCableList() {
        Set<String> words = new TreeSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream(CABLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find " + CABLE_RESOURCE + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CABLE_RESOURCE, e);
        }
        return words;
    }
}
