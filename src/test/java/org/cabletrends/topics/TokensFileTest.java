package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {
    /** Every kind of line; the comments give each line's number. */
    static byte[] mixedLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = String.join("\n",
                "d1\tred green  red",                 // 1
                "",                                    // 2 blank
                "   \t ",                              // 3 blank
                "blue yellow",                         // 4 tokens only: refid "4"
                "\tno refid",                          // 5 malformed
                "stray tokens\tafter a tab",          // 6 malformed: whitespace in the refid
                "d7\t",                                // 7 empty document
                "d8\tone\ttwo\u00a0three\u2003four",   // 8 TAB and Unicode spaces inside the tokens
                "d9\tbad ");                           // 9 malformed: an invalid byte follows
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write(0xC3); // a lone UTF-8 lead byte
        out.writeBytes("\r\nd10\tlast\r\n".getBytes(StandardCharsets.UTF_8)); // 10, CRLF endings
        return out.toByteArray();
    }

    static void assertMixed(List<TokensFile.Document> docs) {
        assertThat(docs).containsExactly(
                new TokensFile.Document("d1", List.of("red", "green", "red")),
                new TokensFile.Document("4", List.of("blue", "yellow")),
                new TokensFile.Document("d7", List.of()),
                new TokensFile.Document("d8", List.of("one", "two", "three", "four")),
                new TokensFile.Document("d10", List.of("last")));
    }

    @Test
    void readsEveryKindOfLine(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("tokens.tsv"), mixedLines());
        TokensFile.Contents contents = TokensFile.readAll(file);
        assertMixed(contents.documents());
        assertThat(contents.counts()).isEqualTo(new TokensFile.Counts(10, 5, 2, 3));
    }

    @Test
    void readsGzipBySuffix(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tokens.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(mixedLines());
        }
        TokensFile.Contents contents = TokensFile.readAll(file);
        assertMixed(contents.documents());
        assertThat(contents.counts().malformed()).isEqualTo(3);
    }

    @Test
    void streamsInFileOrder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.tsv"), "b\tx\na\ty\nc\tz\n");
        StringBuilder seen = new StringBuilder();
        TokensFile.Counts counts = TokensFile.read(file, d -> seen.append(d.refid()));
        assertThat(seen).hasToString("bac");
        assertThat(counts).isEqualTo(new TokensFile.Counts(3, 3, 0, 0));
    }

    @Test
    void splitsLikePythonStrSplit() {
        assertThat(TokensFile.split("  a\tb\u000bc\u001fd\u0085e\u2028f  ")).containsExactly("a", "b", "c", "d", "e",
                "f");
        assertThat(TokensFile.split("x\u200by")).containsExactly("x\u200by"); // zero-width space is not whitespace
        assertThat(TokensFile.split(" \t ")).isEmpty();
    }

    @Test
    void missingFileIsACannotError(@TempDir Path dir) {
        assertThatThrownBy(() -> TokensFile.readAll(dir.resolve("absent.tsv")))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("Cannot read tokens file");
    }
}
