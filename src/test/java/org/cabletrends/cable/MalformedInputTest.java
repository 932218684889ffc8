package org.cabletrends.cable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs no cable looks like: the parser must return a cable and say what was wrong, never throw or hang. The
 * timeout only detects hangs (catastrophic regex backtracking, endless loops); it is not a speed requirement.
 */
class MalformedInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Duration HANG_GUARD_HUGE = Duration.ofSeconds(120);

    /** Files whose defect has a dedicated issue code: at least one of the listed codes must be reported. */
    private static final Map<String, Set<IssueCode>> EXPECTED = Map.ofEntries(
            Map.entry("empty.txt", Set.of(IssueCode.EMPTY_INPUT)),
            Map.entry("whitespace-only.txt", Set.of(IssueCode.EMPTY_INPUT)),
            Map.entry("bom-only.txt", Set.of(IssueCode.EMPTY_INPUT)),
            Map.entry("binary-garbage.bin", Set.of(IssueCode.BINARY_INPUT)),
            Map.entry("invalid-utf8.txt", Set.of(IssueCode.DECODING_FALLBACK)),
            Map.entry("mixed-line-endings.txt", Set.of(IssueCode.MIXED_LINE_ENDINGS)),
            Map.entry("csv-broken-quote.csv", Set.of(IssueCode.MALFORMED_CSV_ROW)),
            Map.entry("paragraphs-out-of-order.txt", Set.of(IssueCode.PARAGRAPH_SEQUENCE)),
            Map.entry("truncated-mid-dtg.txt",
                    Set.of(IssueCode.INVALID_DTG, IssueCode.MISSING_DTG, IssueCode.INPUT_TRUNCATED)),
            Map.entry("header-only.txt",
                    Set.of(IssueCode.NO_PARAGRAPHS, IssueCode.MISSING_SUBJECT, IssueCode.MISSING_CLASSIFICATION)),
            Map.entry("subject-only.txt", Set.of(IssueCode.NO_HEADER, IssueCode.MISSING_DTG, IssueCode.MISSING_REFID)),
            Map.entry("reference-block-only.txt",
                    Set.of(IssueCode.NO_HEADER, IssueCode.MISSING_SUBJECT, IssueCode.MISSING_REFID)));

    @TestFactory
    Stream<DynamicTest> everyMalformedFileGivesACableAndAnIssue() throws IOException {
        List<Path> files = malformedFiles();
        assertThat(files).as("malformed fixtures").hasSizeGreaterThanOrEqualTo(EXPECTED.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ParseResult result = parseGuarded(file.getFileName().toString(), Files.readAllBytes(file), HANG_GUARD);
            Set<IssueCode> expected = EXPECTED.get(file.getFileName().toString());
            if (expected != null) {
                assertThat(codes(result)).as("issues of %s: %s", file.getFileName(), result.issues())
                        .containsAnyElementsOf(expected);
            }
        }));
    }

    @Test
    void cp1252FallbackKeepsTheCurlyQuotes() throws IOException {
        ParseResult result = parseGuarded("invalid-utf8.txt", read("invalid-utf8.txt"), HANG_GUARD);
        assertThat(result.cable().body()).contains("\u201Cwe need a voice\u201D");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        ParseResult result = parseGuarded("bom-fragment.txt", read("bom-fragment.txt"), HANG_GUARD);
        Cable cable = result.cable();
        assertThat(Stream.of(cable.subject(), cable.body()).filter(Objects::nonNull))
                .noneMatch(s -> s.indexOf('\uFEFF') >= 0);
    }

    @Test
    void oneMegabyteLineWithoutBreak() {
        byte[] line = new byte[1 << 20];
        Arrays.fill(line, (byte) 'A');
        for (int i = 7; i < line.length; i += 8) {
            line[i] = ' ';
        }
        parseGuarded("one-mb-line", line, HANG_GUARD);
    }

    @Test
    void fiftyMegabytesOfRepeatedCable() {
        byte[] cable = synthCable().getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[50 << 20];
        for (int at = 0; at < huge.length; at += cable.length) {
            System.arraycopy(cable, 0, huge, at, Math.min(cable.length, huge.length - at));
        }
        parseGuarded("fifty-mb", huge, HANG_GUARD_HUGE);
    }

    /** Parses under the hang guard and checks what holds for every malformed input. */
    static ParseResult parseGuarded(String sourceId, byte[] bytes, Duration guard) {
        ParseResult result = assertTimeoutPreemptively(guard, () -> CableParser.parse(sourceId, bytes),
                () -> "parser hung on " + sourceId);
        assertThat(result).isNotNull();
        assertThat(result.cable()).as("cable of %s", sourceId).isNotNull();
        assertThat(result.cable().sourceId()).isEqualTo(sourceId);
        assertThat(result.issues()).as("issues of %s", sourceId).isNotEmpty();
        return result;
    }

    private static Set<IssueCode> codes(ParseResult result) {
        return result.issues().stream().map(ParseIssue::code).collect(java.util.stream.Collectors.toSet());
    }

    private static List<Path> malformedFiles() throws IOException {
        try (Stream<Path> files = Files.list(resourceDir())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static byte[] read(String name) throws IOException {
        return Files.readAllBytes(resourceDir().resolve(name));
    }

    private static Path resourceDir() {
        try {
            return Path.of(Objects.requireNonNull(MalformedInputTest.class.getResource("/malformed")).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("Cannot locate test resources /malformed", e));
        }
    }

    /** A small invented cable; repeated end to end it makes one huge input with restarting paragraph numbers. */
    private static String synthCable() {
        return """
                VZCZCXRO1000
                RR RUEHXX
                DE RUEHZZ #0001/01 0010001
                ZNR UUUUU ZZH
                R 010001Z JAN 09
                FM AMEMBASSY REYKJAVIK
                TO RUEHC/SECSTATE WASHDC 0001

                UNCLAS REYKJAVIK 000001

                SIPDIS

                E.O. 12958: N/A
                TAGS: PGOV SOCI IC
                SUBJECT: ICELAND: A REPEATED SYNTHETIC CABLE

                1. (U) Summary: This text is repeated to build a very large input. End Summary.

                2. (U) Nothing in it comes from a real cable.

                SPECIMEN
                """;
    }
}
