package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.cable.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses generated cables with the real parser and compares what it reads with the ground truth: refid, origin,
 * classification, DTG, tags, paragraph numbers and markings, subject, section count, declassification date, signer
 * and detected form, both for the file and for the cable as a cables.csv row would carry it. A mismatch is a
 * generator or a parser bug; the message lists them by field and form.
 */
class ParserAgreementTest {
    private static final int CABLES = 600;

    @Test
    void parserReadsTheGroundTruthOfWellFormedCables() {
        SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(CABLES).withSeed(21));
        Map<String, Integer> mismatches = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int wellFormed = 0;
        int agreeing = 0;
        for (int i = 0; i < CABLES; i++) {
            SyntheticCable c = corpus.cable(i);
            CableTruth t = c.truths();
            if (!t.wellFormed()) {
                continue;
            }
            wellFormed++;
            Cable cable = CableParser.parse(c.fileName(), c.bytes()).cable();
            List<String> wrong = new ArrayList<>(compare(t, cable));
            check(wrong, "form", t.form().name(), cable.form().name());
            // The same cable as a cables.csv row joins it back as header, blank line, content.
            String row = c.header().isEmpty() ? c.content() : c.header() + "\n\n" + c.content();
            compare(t, CableParser.parse(c.fileName(), row).cable()).forEach(f -> wrong.add("csv " + f));
            agreeing += wrong.isEmpty() ? 1 : 0;
            for (String field : wrong) {
                mismatches.merge(field + " [" + t.form().jsonName() + "]", 1, Integer::sum);
                if (examples.size() < 15) {
                    examples.add(t.fileName() + " " + field + ": truth=" + expected(t, field) + " parsed="
                            + actual(cable, field));
                }
            }
        }
        assertThat(agreeing / (double) wellFormed)
                .as("cables agreeing on every field: %d of %d; mismatches %s; examples:%n%s", agreeing, wellFormed,
                        mismatches, String.join("\n", examples))
                .isGreaterThanOrEqualTo(0.99);
    }

    private static List<String> compare(CableTruth t, Cable c) {
        List<String> wrong = new ArrayList<>();
        check(wrong, "refid", t.refid(), c.refid());
        check(wrong, "origin", expectedOrigin(t), c.origin());
        check(wrong, "classification", t.classification(), c.classification());
        check(wrong, "dtg", expectedDtg(t), c.dtg());
        check(wrong, "tags", t.tags(), c.tags().stream().map(Tag::code).toList());
        check(wrong, "paragraphs", numbers(t), c.paragraphs().stream().map(Paragraph::number)
                .filter(n -> n > 0).toList());
        check(wrong, "markings", t.paragraphs().stream().map(CableTruth.ParagraphTruth::marking).toList(),
                c.paragraphs().stream().filter(p -> p.number() > 0).map(Paragraph::marking).toList());
        check(wrong, "subject", t.subject(), c.subject());
        check(wrong, "section_count", t.sectionCount() > 1 ? t.sectionCount() : null,
                t.sectionCount() > 1 ? c.sectionCount() : null);
        check(wrong, "declassify_on", t.declassifyOn(), c.declassifyOn());
        check(wrong, "signers", List.of(t.signer()), c.signers());
        return wrong;
    }

    /**
     * Only forms with a routing header carry a DTG and an FM line. Partial extracts have a site "created" date line
     * and flattened bodies no date; the parser leaves dtg and origin null for them (their origin comes from the
     * published metadata, as for the real corpus).
     */
    private static boolean hasHeader(CableTruth t) {
        return t.form() == CableForm.SITE || t.form() == CableForm.PLUSD || t.form() == CableForm.SEED_MARKDOWN;
    }

    private static Instant expectedDtg(CableTruth t) {
        return hasHeader(t) ? t.dtg() : null;
    }

    private static String expectedOrigin(CableTruth t) {
        return hasHeader(t) ? t.post().origin() : null;
    }

    private static List<Integer> numbers(CableTruth t) {
        return t.paragraphs().stream().map(CableTruth.ParagraphTruth::number).toList();
    }

    private static void check(List<String> wrong, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(field);
        }
    }

    private static Object expected(CableTruth t, String field) {
        return switch (field) {
            case "refid" -> t.refid();
            case "origin" -> expectedOrigin(t);
            case "classification" -> t.classification();
            case "dtg" -> expectedDtg(t);
            case "tags" -> t.tags();
            case "form" -> t.form();
            case "subject" -> t.subject();
            case "signers" -> t.signer();
            case "declassify_on" -> t.declassifyOn();
            case "section_count" -> t.sectionCount();
            case "markings" -> t.paragraphs();
            default -> numbers(t);
        };
    }

    private static Object actual(Cable c, String field) {
        return switch (field) {
            case "refid" -> c.refid();
            case "origin" -> c.origin();
            case "classification" -> c.classification();
            case "dtg" -> c.dtg();
            case "tags" -> c.tags().stream().map(Tag::code).toList();
            case "form" -> c.form();
            case "subject" -> c.subject();
            case "signers" -> c.signers();
            case "declassify_on" -> c.declassifyOn();
            case "section_count" -> c.sectionCount();
            case "markings" -> c.paragraphs().stream().map(p -> p.number() + ":" + p.marking()).toList();
            default -> c.paragraphs().stream().map(Paragraph::number).toList();
        };
    }
}
