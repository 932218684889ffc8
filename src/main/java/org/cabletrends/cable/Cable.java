package org.cabletrends.cable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One parsed cable. Every field may be null (or an empty list) when the text does not hold it; the parse result's
 * issues say why. Names match the JSON and Parquet columns (snake_case there): see docs/SCHEMAS.md.
 *
 * @param sourceId        where the text came from (path, or file#row)
 * @param form            the detected layout of the text
 * @param refidAsWritten  the reference id as the text writes it (e.g. {@code ASTANA 001771} plus year from the DTG)
 * @param refid           canonical id such as {@code 09ASTANA1771}; null when it cannot be read without guessing
 * @param dtgAsWritten    date-time group as written, {@code 050850Z OCT 09}
 * @param dtg             the DTG as a UTC instant
 * @param precedence      IMMEDIATE, PRIORITY, ROUTINE, FLASH, NIACT IMMEDIATE …
 * @param originAsWritten the FM line, {@code AMEMBASSY ASTANA}
 * @param origin          a readable post name, {@code Embassy Astana}
 * @param to              TO addressees, routing indicators removed
 * @param info            INFO addressees, routing indicators removed
 * @param classificationAsWritten the classification line's level as written ({@code C O N F I D E N T I A L})
 * @param classification  the level
 * @param caveats         handling caveats: SENSITIVE, SIPDIS, NOFORN, EXDIS, NODIS …
 * @param section         n of "SECTION n OF m"
 * @param sectionCount    m of "SECTION n OF m"
 * @param eoLine          the E.O. line as written
 * @param declassifyOn    the declassification date of the E.O. line, when it gives one
 * @param tags            TAGS entries in order
 * @param subject         the subject as written, wrapped lines joined, {@code SUBJECT:}/{@code (C)} removed
 * @param subjectDisplay  the subject in title case for display
 * @param references      REF items
 * @param classifiedBy    the "Classified By:" authority
 * @param reasons         classification reasons such as {@code 1.4 (b) and (d)}
 * @param summary         text between SUMMARY: and END SUMMARY
 * @param comments        text of each COMMENT: … END COMMENT block
 * @param signers         signer surname(s) at the end
 * @param body            cleaned body text: page-break lines removed, split sentences rejoined, escapes undone
 * @param paragraphs      numbered paragraphs in order
 */
public record Cable(
        String sourceId,
        SourceForm form,
        String refidAsWritten,
        String refid,
        String dtgAsWritten,
        Instant dtg,
        String precedence,
        String originAsWritten,
        String origin,
        List<String> to,
        List<String> info,
        String classificationAsWritten,
        Classification classification,
        List<String> caveats,
        Integer section,
        Integer sectionCount,
        String eoLine,
        LocalDate declassifyOn,
        List<Tag> tags,
        String subject,
        String subjectDisplay,
        List<Reference> references,
        String classifiedBy,
        String reasons,
        String summary,
        List<String> comments,
        List<String> signers,
        String body,
        List<Paragraph> paragraphs) {

    public Cable {
        to = copy(to);
        info = copy(info);
        caveats = copy(caveats);
        tags = copy(tags);
        references = copy(references);
        comments = copy(comments);
        signers = copy(signers);
        paragraphs = copy(paragraphs);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
