package org.cabletrends.cable;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cabletrends.cable.ValidationReport.Agreement;
import org.cabletrends.cable.ValidationReport.Disagreement;
import org.cabletrends.cable.ValidationReport.Field;
import org.cabletrends.cable.ValidationReport.SourceStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison rules, on a small invented corpus read by a stub parser: each text is {@code key=value} lines
 * giving the fields the stub "parses", so every rule can be hit on purpose.
 */
class CorpusValidatorTest {
    @TempDir
    Path corpus;

    /** Builds a cable from the text's key=value lines; {@code throw=yes} makes it throw. */
    static ParseResult stub(String sourceId, byte[] bytes) {
        Map<String, String> kv = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] p = line.split("=", 2);
            if (p.length == 2) {
                kv.put(p[0].trim(), p[1].trim());
            }
        }
        if (kv.containsKey("throw")) {
            throw new IllegalStateException("stub failure");
        }
        return new ParseResult(new Cable(sourceId, SourceForm.valueOf(kv.getOrDefault("form", "SITE")), null,
                kv.get("refid"), null, kv.containsKey("dtg") ? Instant.parse(kv.get("dtg")) : null, null, null,
                kv.get("origin"), null, null, null, Classification.fromLabel(kv.get("classification")).orElse(null),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, kv.get("body"),
                null), List.of());
    }

    private void write(String path, String... lines) throws IOException {
        Path p = corpus.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private ValidationReport validate() throws IOException {
        write("site.tsv", "refid\tcreated\tclassification\torigin",
                "08AAA1\t2008-01-31 23:59\tSECRET//NOFORN\tEmbassy Aaa",
                "08AAA2\t2008-02-02 10:00\tUNCLASSIFIED//FOR OFFICIAL USE ONLY\tConsulate Bbb",
                "08AAA3\t2008-03-01 10:00\tCONFIDENTIAL\tEmbassy Ccc",
                "08AAA4\t2008-04-01 10:00\tCONFIDENTIAL\tEmbassy Ddd");
        write("site/08AAA1.txt", "refid=08AAA1", "origin=EMBASSY AAA", "classification=SECRET",
                "dtg=2008-02-01T01:00:00Z", "body=one");
        write("site/08AAA2.txt", "refid=08AAA2", "origin=Consulate Bbb", "classification=UNCLASSIFIED",
                "dtg=2008-02-04T10:00:00Z");
        write("site/08AAA3.txt", "form=PARTIAL_EXTRACT", "refid=08AAA9", "classification=CONFIDENTIAL");
        write("site/08AAA4.txt", "throw=yes");
        write("flattened.tsv", "refid\tdate_time_as_given\tclassification\torigin",
                "08AAA1\t1/31/2008 15:03\tSECRET\tEmbassy Aaa");
        write("flattened/08AAA1.txt", "form=FLATTENED", "refid=08AAA1", "classification=SECRET");
        write("plusd/08ZZZ7.txt", "form=PLUSD", "refid=08ZZZ7", "origin=Embassy Zzz");
        write("cables.csv", "\"1\",\"d\",\"08AAA1\",\"o\",\"c\",\"\",\"\",\"refid=08AAA1\norigin=EMBASSY AAA\n"
                        + "classification=SECRET\ndtg=2008-02-01T01:00:00Z\nbody=one\"",
                "\"2\",\"d\",\"08AAA2\",\"o\",\"c\",\"\",\"\",\"refid=08AAA2\"",
                "\"3\",\"d\",\"08AAA3\",\"broken\"quote\"");
        return new CorpusValidator(CorpusValidatorTest::stub).validate(corpus);
    }

    private static SourceStats source(ValidationReport r, String name) {
        return r.sources().stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void appliesTheFieldRules() throws IOException {
        SourceStats site = source(validate(), "site");

        assertThat(site.cables()).isEqualTo(4);
        assertThat(site.exceptions()).isEqualTo(1);
        assertThat(site.withHeader()).isEqualTo(2); // 08AAA3 is a partial extract, 08AAA4 threw
        // refid exact; origin ignoring case; classification level ignoring //NOFORN but not //FOUO; date within a day
        assertThat(site.all(Field.REFID)).isEqualTo(new Agreement(3, 2));
        assertThat(site.all(Field.ORIGIN)).isEqualTo(new Agreement(3, 2));
        assertThat(site.all(Field.CLASSIFICATION)).isEqualTo(new Agreement(3, 2));
        assertThat(site.all(Field.DATE)).isEqualTo(new Agreement(3, 1));
        assertThat(site.header(Field.REFID)).isEqualTo(new Agreement(2, 2));
        assertThat(site.header(Field.CLASSIFICATION)).isEqualTo(new Agreement(2, 1));
    }

    @Test
    void recordsEveryDisagreement() throws IOException {
        ValidationReport report = validate();

        assertThat(report.disagreements()).filteredOn(d -> d.source().equals("site")).containsExactlyInAnyOrder(
                new Disagreement("site", "08AAA2", "classification", "UNCLASSIFIED",
                        "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
                new Disagreement("site", "08AAA2", "date", "2008-02-04T10:00:00Z", "2008-02-02 10:00"),
                new Disagreement("site", "08AAA3", "refid", "08AAA9", "08AAA3"),
                new Disagreement("site", "08AAA3", "origin", null, "Embassy Ccc"),
                new Disagreement("site", "08AAA3", "date", null, "2008-03-01 10:00"),
                new Disagreement("site", "08AAA4", "exception", "java.lang.IllegalStateException: stub failure",
                        "site/08AAA4.txt#text"));
        assertThat(report.exceptions()).isEqualTo(1);
    }

    @Test
    void readsOtherSourcesAndComparesCsvRowsWithTheSiteCable() throws IOException {
        ValidationReport report = validate();

        assertThat(report.sources()).extracting(SourceStats::source)
                .containsExactly("site", "flattened", "plusd", "cables.csv");
        SourceStats flattened = source(report, "flattened");
        assertThat(flattened.withHeader()).isZero();
        assertThat(flattened.all(Field.DATE)).isEqualTo(new Agreement(1, 0));
        assertThat(source(report, "plusd").all(Field.REFID)).isEqualTo(new Agreement(1, 1));
        assertThat(source(report, "plusd").all(Field.ORIGIN)).isEqualTo(Agreement.NONE);

        SourceStats csv = source(report, "cables.csv");
        assertThat(csv.cables()).isEqualTo(3);
        assertThat(csv.rowErrors()).isEqualTo(1);
        assertThat(report.csvVsSite()).isEqualTo(new ValidationReport.CsvVsSite(2, 1));
        assertThat(report.disagreements()).anyMatch(d -> d.field().equals("cable_vs_site:dtg")
                && d.refid().equals("08AAA2"));
        assertThat(report.disagreements()).anyMatch(d -> d.field().equals("csv_row"));
    }

    @Test
    void tableAndTsvCoverEverySourceAndDisagreement() throws IOException {
        ValidationReport report = validate();
        StringWriter tsv = new StringWriter();
        report.writeDisagreements(tsv);

        List<String> lines = tsv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("source\trefid\tfield\tparsed\tpublished");
        assertThat(lines).hasSize(report.disagreements().size() + 1).allMatch(l -> l.split("\t", -1).length == 5);
        String table = report.formatTable();
        assertThat(table.lines().filter(l -> l.startsWith("total ")).count()).isEqualTo(Field.values().length);
        assertThat(table).contains("exceptions: 1").contains("parsing to the same cable as site/<refid>.txt: 1 of 2");
    }

    @Test
    void headerlessFormsAreOutsideTheHeaderSetAndUnknownIsInside() {
        ParseResult partial = stub("x", "form=PARTIAL_EXTRACT".getBytes(StandardCharsets.UTF_8));
        ParseResult unknown = stub("x", "form=UNKNOWN".getBytes(StandardCharsets.UTF_8));

        assertThat(CorpusValidator.hasHeader(partial.cable())).isFalse();
        assertThat(CorpusValidator.hasHeader(unknown.cable())).isTrue();
    }

    @Test
    void publishedDatesReadBothLayouts() {
        assertThat(new PublishedMetadata("f", "r", "1/31/2008 15:03", null, null).createdDate())
                .isEqualTo("2008-01-31");
        assertThat(new PublishedMetadata("f", "r", "2008-01-31 15:03", null, null).createdDate())
                .isEqualTo("2008-01-31");
        assertThat(new PublishedMetadata("f", "r", "Jan 2008", null, null).createdDate()).isNull();
    }
}
