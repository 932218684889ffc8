package org.cabletrends.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a tokens file: one document a line, {@code refid<TAB>tokens}, tokens separated by whitespace, UTF-8, plain or
 * gzip (by the {@code .gz} suffix, as Spark decides). The format of {@code ../shared/reference/site-tokens.tsv.gz}
 * and of {@code npmi.py}'s TOKENS argument.
 * <ul>
 *   <li>A line without a TAB is tokens only; its refid is its 1-based line number.</li>
 *   <li>Blank lines (whitespace only) are skipped. {@code npmi.py} counts them as empty documents; we don't.</li>
 *   <li>{@code refid<TAB>} with no tokens is an empty document (it still counts in coherence's N, as in npmi.py).</li>
 *   <li>Malformed lines are counted and skipped, never fatal: an empty refid before the TAB, a refid containing
 *       whitespace (a stray TAB after the tokens), or bytes that are not UTF-8 (decoded as U+FFFD).</li>
 * </ul>
 * Whitespace is Python's {@code str.split()} whitespace, so documents split exactly as npmi.py splits them.
 * {@link TokensFileSpark} reads the same format into a Dataset with the same rules.
 */
public final class TokensFile {
    /** One document: its refid and its tokens in text order (repeats kept). */
    public record Document(String refid, List<String> tokens) implements Serializable {
        public Document {
            tokens = List.copyOf(tokens);
        }
    }

    /** Line counts of a read: {@code lines = documents + blank + malformed}. */
    public record Counts(long lines, long documents, long blank, long malformed) implements Serializable {
    }

    /** All documents of a file, in file order, with the counts. */
    public record Contents(List<Document> documents, Counts counts) {
        public Contents {
            documents = List.copyOf(documents);
        }
    }

    /** What one line is. */
    enum Kind { DOCUMENT, BLANK, MALFORMED }

    private TokensFile() {
    }

    /** Streams the documents of {@code file} to {@code sink}, in file order; one line in memory at a time. */
    public static Counts read(Path file, Consumer<Document> sink) {
        long lines = 0;
        long docs = 0;
        long blank = 0;
        long malformed = 0;
        try (BufferedReader in = open(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                switch (classify(line)) {
                    case BLANK -> blank++;
                    case MALFORMED -> malformed++;
                    case DOCUMENT -> {
                        docs++;
                        sink.accept(parse(line, lines));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tokens file " + file + ": " + e.getMessage(), e);
        }
        return new Counts(lines, docs, blank, malformed);
    }

    /** All documents of {@code file} in memory (small corpora and tests). */
    public static Contents readAll(Path file) {
        List<Document> docs = new ArrayList<>();
        Counts counts = read(file, docs::add);
        return new Contents(docs, counts);
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        // InputStreamReader replaces undecodable bytes with U+FFFD, which classify() reports as malformed.
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static Kind classify(String line) {
        if (isBlank(line)) {
            return Kind.BLANK;
        }
        if (line.indexOf('\uFFFD') >= 0) {
            return Kind.MALFORMED;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return Kind.DOCUMENT;
        }
        if (tab == 0) {
            return Kind.MALFORMED;
        }
        for (int i = 0; i < tab; i++) {
            if (isSpace(line.charAt(i))) {
                return Kind.MALFORMED;
            }
        }
        return Kind.DOCUMENT;
    }

    /** The document of a line {@link #classify classified} as a document; {@code lineNumber} is 1-based. */
    static Document parse(String line, long lineNumber) {
        int tab = line.indexOf('\t');
        String refid = tab < 0 ? Long.toString(lineNumber) : line.substring(0, tab);
        return new Document(refid, split(tab < 0 ? line : line.substring(tab + 1)));
    }

    /** Splits on runs of whitespace like Python's {@code str.split()} (no empty tokens). */
    public static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                if (start >= 0) {
                    tokens.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code str.isspace()} for one char: Java whitespace, Unicode space separators (no-break too), NEL. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
