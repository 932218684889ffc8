package org.cabletrends.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random damage to valid cables (the two seed cables when the shared data is present, and the synthetic golden
 * fixtures): the parser must always return a cable, deterministically, with paragraph spans inside the text, and
 * without falling back on its internal-error guard (which would hide an exception).
 */
class CableParserProperties {
    private static final List<String> BASES = loadBases();

    @Property(tries = 300)
    void mutatedCablesAlwaysParse(@ForAll("mutatedCables") Mutated mutated) {
        ParseResult fromBytes = CableParser.parse("mutated", mutated.bytes());
        assertWellFormed(fromBytes);
        String text = new String(mutated.bytes(), StandardCharsets.UTF_8);
        ParseResult fromText = CableParser.parse("mutated", text);
        assertWellFormed(fromText);
        assertSpansInside(fromText, text);
        assertThat(CableParser.parse("mutated", text)).as("same input, same result").isEqualTo(fromText);
    }

    @Property(tries = 100)
    void shortTruncationsAreReported(@ForAll("bases") String base, @ForAll("shortLengths") int length) {
        String cut = base.substring(0, Math.min(length, base.length()));
        ParseResult result = CableParser.parse("truncated", cut.getBytes(StandardCharsets.UTF_8));
        assertWellFormed(result);
        assertThat(result.issues()).as("issues for %s", cut).isNotEmpty();
    }

    @Property(tries = 100)
    void randomBytesAreReported(@ForAll @Size(min = 1, max = 4000) byte[] bytes) {
        ParseResult result = CableParser.parse("random", bytes);
        assertWellFormed(result);
        assertThat(result.issues()).isNotEmpty();
    }

    @Property(tries = 100)
    void randomUnicodeNeverBreaksTheParser(@ForAll @Size(max = 2000) String text) {
        ParseResult result = CableParser.parse("unicode", text);
        assertWellFormed(result);
        assertSpansInside(result, text);
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of(BASES);
    }

    @Provide
    Arbitrary<Integer> shortLengths() {
        return Arbitraries.integers().between(0, 19);
    }

    @Provide
    Arbitrary<Mutated> mutatedCables() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
        ).as(Mutation::new);
        return Combinators.combine(bases(), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((base, mutations) -> new Mutated(Mutation.applyAll(base, mutations), mutations));
    }

    private static void assertWellFormed(ParseResult result) {
        assertThat(result).isNotNull();
        assertThat(result.cable()).isNotNull();
        assertThat(result.issues()).allSatisfy(i -> {
            assertThat(i.code()).as("a caught parser exception: %s", i).isNotEqualTo(IssueCode.INTERNAL_ERROR);
            assertThat(i.line()).isNotNegative();
            assertThat(i.column()).isNotNegative();
            assertThat(i.code()).as("the parser caught its own failure: %s", i).isNotEqualTo(IssueCode.INTERNAL_ERROR);
        });
    }

    private static void assertSpansInside(ParseResult result, String text) {
        assertThat(result.cable().paragraphs())
                .allSatisfy(p -> assertThat(p.end()).as("end of paragraph %d", p.number()).isLessThanOrEqualTo(text.length()));
    }

    /** The mutated bytes; toString shows the mutations so a failing sample can be reproduced by eye. */
    record Mutated(byte[] bytes, List<Mutation> mutations) {
        @Override
        public String toString() {
            return bytes.length + " bytes after " + mutations;
        }
    }

    private static List<String> loadBases() {
        List<String> bases = new ArrayList<>();
        SharedDir.find().map(d -> d.resolve("seeds")).filter(Files::isDirectory).ifPresent(d -> {
            bases.add(readText(d.resolve("09ASTANA1771.txt")));
            bases.add(readText(d.resolve("08ASTANA2361.txt")));
        });
        try (Stream<Path> files = Files.list(GoldenFiles.goldenDir())) {
            files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(CableParserProperties::readText)
                    .forEach(bases::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(bases);
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
