package org.cabletrends.cable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cabletrends.cable.ValidationReport.Agreement;
import org.cabletrends.cable.ValidationReport.Disagreement;
import org.cabletrends.cable.ValidationReport.Field;

/** Counts for one source while {@link CorpusValidator} runs; disagreements go to a list shared by all sources. */
final class Tally {
    private final String source;
    private final List<Disagreement> disagreements;
    private final Map<Field, Agreement> all = new EnumMap<>(Field.class);
    private final Map<Field, Agreement> header = new EnumMap<>(Field.class);
    private int cables;
    private int withHeader;
    private int exceptions;
    private int rowErrors;

    Tally(String source, List<Disagreement> disagreements) {
        this.source = source;
        this.disagreements = disagreements;
    }

    /** Parses one text, counting it; a parser exception is counted and recorded, and gives null. */
    Cable parse(CorpusValidator.Parser parser, String sourceId, byte[] bytes, String refid) {
        cables++;
        try {
            Cable cable = parser.parse(sourceId, bytes).cable();
            withHeader += CorpusValidator.hasHeader(cable) ? 1 : 0;
            return cable;
        } catch (RuntimeException | StackOverflowError e) {
            exceptions++;
            disagree(refid, "exception", e.toString(), sourceId);
            return null;
        }
    }

    /** Compares each field the metadata has; nothing when the cable could not be parsed or has no metadata. */
    void compare(Cable cable, PublishedMetadata meta, String refid) {
        if (cable == null || meta == null) {
            return;
        }
        boolean hasHeader = CorpusValidator.hasHeader(cable);
        for (Field f : Field.values()) {
            if (CorpusValidator.publishedValue(f, meta) == null) {
                continue;
            }
            boolean agreed = CorpusValidator.agrees(f, cable, meta);
            Agreement one = new Agreement(1, agreed ? 1 : 0);
            all.merge(f, one, Agreement::plus);
            if (hasHeader) {
                header.merge(f, one, Agreement::plus);
            }
            if (!agreed) {
                disagree(refid, f.key(), CorpusValidator.parsedValue(f, cable), CorpusValidator.publishedValue(f, meta));
            }
        }
    }

    void rowError(CsvRowError error) {
        cables++;
        rowErrors++;
        disagree("row " + error.row(), "csv_row", error.reason(),
                "line " + error.line() + ", column " + error.column());
    }

    void disagree(String refid, String field, String parsed, String published) {
        disagreements.add(new Disagreement(source, refid, field, parsed, published));
    }

    ValidationReport.SourceStats stats() {
        return new ValidationReport.SourceStats(source, cables, withHeader, all, header, exceptions, rowErrors);
    }
}
