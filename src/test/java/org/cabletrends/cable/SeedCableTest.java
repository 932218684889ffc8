package org.cabletrends.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The facts the users' two seed cables must yield, field by field, so that a careless golden-file regeneration
 * cannot hide a regression. The cables are read from the shared data; where a check needs words of the text it
 * takes them from that file at run time instead of quoting the cable here.
 */
class SeedCableTest {
    /** A page-break line such as {@code POST 00001234 002.2 OF 002}. */
    private static final Pattern PAGE_BREAK = Pattern.compile("(?m)^[A-Z][A-Z ]+ \\d{8}\\s+\\d{3}(\\.\\d)? OF \\d{3}\\s*$");

    @Test
    void astana1771Header() throws IOException {
        Cable c = parse("09ASTANA1771").cable();
        assertThat(c.refid()).isEqualTo("09ASTANA1771");
        assertThat(c.form()).isEqualTo(SourceForm.SEED_MARKDOWN);
        assertThat(c.dtgAsWritten()).isEqualTo("050850Z OCT 09");
        assertThat(c.dtg()).isEqualTo(Instant.parse("2009-10-05T08:50:00Z"));
        assertThat(c.originAsWritten()).isEqualTo("AMEMBASSY ASTANA");
        assertThat(c.origin()).isEqualTo("Embassy Astana");
        assertThat(c.to()).containsExactly("SECSTATE WASHDC");
        assertUnclasSensitive(c);
        assertThat(c.section()).isEqualTo(1);
        assertThat(c.sectionCount()).isEqualTo(2);
        assertThat(c.eoLine()).isEqualTo("E.O. 12958: N/A");
        assertThat(c.declassifyOn()).isNull();
        assertThat(c.tags()).containsExactly(new Tag("PGOV", TagKind.SUBJECT), new Tag("PHUM", TagKind.SUBJECT),
                new Tag("PREF", TagKind.SUBJECT), new Tag("SOCI", TagKind.SUBJECT), new Tag("KDEM", TagKind.PROGRAM),
                new Tag("KZ", TagKind.GEOGRAPHIC));
        assertThat(c.subject()).isEqualTo("KAZAKHSTAN: GRASS-ROOTS DEMOCRACY AT WORK");
        assertThat(c.signers()).containsExactly("HOAGLAND");
    }

    @Test
    void astana1771Paragraphs() throws IOException {
        Cable c = parse("09ASTANA1771").cable();
        assertNumberedOneTo(c, 8);
        assertThat(c.paragraphs()).extracting(Paragraph::marking)
                .containsExactly("U", "SBU", "SBU", "SBU", "SBU", "SBU", "SBU", "SBU");
        assertThat(c.paragraphs()).extracting(Paragraph::heading).containsExactly(null, null, null,
                "SIGNIFICANT INTERNAL MIGRATION", "SIGNIFICANT INTERNAL MIGRATION",
                "PUBLIC COMMISSIONS", "PUBLIC COMMISSIONS", "PUBLIC COMMISSIONS");
        List<String> raw = rawLines("09ASTANA1771");
        assertThat(paragraph(c, 5).text()).as("¶5 runs on across a blank line")
                .contains(wordsAcrossBreak(raw, "- 15."));
        assertThat(paragraph(c, 7).text()).as("¶7 is rejoined across the page break")
                .contains(wordsAcrossBreak(raw, "- 17."));
        assertThat(c.paragraphs()).allSatisfy(p -> {
            assertThat(PAGE_BREAK.matcher(p.text()).find()).as("page-break line in ¶%d", p.number()).isFalse();
            assertThat(p.text()).as("¶%d", p.number()).doesNotContain("\n\n");
        });
        assertThat(PAGE_BREAK.matcher(c.body()).find()).as("page-break line in body").isFalse();
    }

    @Test
    void astana1771SummaryAndComment() throws IOException {
        Cable c = parse("09ASTANA1771").cable();
        assertThat(c.summary()).isNotBlank().doesNotContainIgnoringCase("summary");
        assertThat(paragraph(c, 2).text()).contains(c.summary());
        assertThat(c.comments()).hasSize(1);
        assertThat(c.comments().get(0)).isNotBlank().doesNotContainIgnoringCase("end comment");
        assertThat(paragraph(c, 8).text()).contains(c.comments().get(0));
    }

    @Test
    void astana2361Header() throws IOException {
        Cable c = parse("08ASTANA2361").cable();
        assertThat(c.refid()).isEqualTo("08ASTANA2361");
        assertThat(c.dtgAsWritten()).isEqualTo("260915Z NOV 08");
        assertThat(c.dtg()).isEqualTo(Instant.parse("2008-11-26T09:15:00Z"));
        assertThat(c.originAsWritten()).isEqualTo("AMEMBASSY ASTANA");
        assertThat(c.to()).containsExactly("SECSTATE WASHDC");
        assertThat(c.info()).hasSize(12).allSatisfy(a -> assertThat(a).doesNotContain("/").isEqualTo(a.strip()));
        assertThat(c.info().get(0)).isEqualTo("CIS COLLECTIVE");
        assertThat(c.info().get(11)).isEqualTo("JOINT STAFF WASHDC");
        assertUnclasSensitive(c);
        assertThat(c.tags()).extracting(Tag::code).containsExactly("PGOV", "PREL", "SOCI", "KDEM", "KZ");
        assertThat(c.subject()).isEqualTo("KAZAKHSTAN: ALMATY NOTES, NOVEMBER 10 - NOVEMBER 21, 2008");
        assertThat(c.signers()).containsExactly("HOAGLAND");
    }

    @Test
    void astana2361ParagraphsUnderTheirHeadings() throws IOException {
        Cable c = parse("08ASTANA2361").cable();
        assertNumberedOneTo(c, 7);
        assertThat(paragraph(c, 1).heading()).isNull();
        List<String> raw = rawLines("08ASTANA2361");
        for (int n = 2; n <= 7; n++) {
            String heading = headingAbove(raw, n);
            assertThat(heading).as("raw heading above ¶%d", n).isEqualTo(heading.toUpperCase(java.util.Locale.ROOT));
            assertThat(paragraph(c, n).heading()).as("heading of ¶%d", n).isEqualTo(heading);
        }
        assertThat(c.body()).as("markdown escapes undone").contains("$").doesNotContain("\\$");
    }

    private static void assertUnclasSensitive(Cable c) {
        assertThat(c.classificationAsWritten()).isEqualTo("UNCLAS");
        assertThat(c.caveats()).contains("SENSITIVE", "SIPDIS");
        assertThat(c.classification()).isEqualTo(Classification.UNCLASSIFIED_SENSITIVE);
    }

    private static void assertNumberedOneTo(Cable c, int last) {
        assertThat(c.paragraphs()).extracting(Paragraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, last).boxed().toList());
    }

    private static Paragraph paragraph(Cable c, int number) {
        return c.paragraphs().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + number + " in " + c.refid()));
    }

    /** Last word of the line starting with {@code marker} and first word after it, skipping blank and page-break lines. */
    private static String wordsAcrossBreak(List<String> raw, String marker) {
        int i = indexOfLineStarting(raw, marker);
        String[] before = raw.get(i).strip().split("\\s+");
        int j = i + 1;
        while (raw.get(j).isBlank() || PAGE_BREAK.matcher(raw.get(j)).matches()) {
            j++;
        }
        assertThat(j).as("the seed's paragraph %s continues after a break", marker).isGreaterThan(i + 1);
        return before[before.length - 1] + " " + raw.get(j).strip().split("\\s+")[0];
    }

    /** The nearest non-blank line above paragraph n, which the seed writes as ¶n. or as 1n. (a rendered ¶). */
    private static String headingAbove(List<String> raw, int n) {
        int i = IntStream.range(0, raw.size())
                .filter(k -> raw.get(k).startsWith("¶" + n + ".") || raw.get(k).startsWith("1" + n + "."))
                .findFirst().orElseThrow(() -> new AssertionError("no ¶" + n + " in the seed"));
        int j = i - 1;
        while (raw.get(j).isBlank()) {
            j--;
        }
        return raw.get(j).strip();
    }

    private static int indexOfLineStarting(List<String> raw, String marker) {
        return IntStream.range(0, raw.size()).filter(k -> raw.get(k).startsWith(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + marker + " in the seed"));
    }

    private static ParseResult parse(String id) throws IOException {
        return CableParser.parse(id, Files.readAllBytes(seed(id)));
    }

    private static List<String> rawLines(String id) throws IOException {
        return Files.readAllLines(seed(id));
    }

    private static Path seed(String id) {
        return SharedDir.require("seeds/" + id + ".txt");
    }
}
