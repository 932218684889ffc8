package org.cabletrends.cable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Mutable fields filled by the readers while one cable is parsed; frozen into a {@link Cable} at the end. */
final class Draft {
    String sourceId;
    SourceForm form = SourceForm.UNKNOWN;
    String refidAsWritten;
    String refid;
    String dtgAsWritten;
    Instant dtg;
    String precedence;
    String originAsWritten;
    String origin;
    List<String> to = new ArrayList<>();
    List<String> info = new ArrayList<>();
    String classificationAsWritten;
    Classification classification;
    List<String> caveats = new ArrayList<>();
    Integer section;
    Integer sectionCount;
    String eoLine;
    LocalDate declassifyOn;
    List<Tag> tags = new ArrayList<>();
    String subject;
    String subjectDisplay;
    List<Reference> references = new ArrayList<>();
    String classifiedBy;
    String reasons;
    String summary;
    List<String> comments = new ArrayList<>();
    List<String> signers = new ArrayList<>();
    String body;
    List<Paragraph> paragraphs = new ArrayList<>();

    /** Parts of the text found along the way that later readers need. */
    String post;
    String number;
    String year;
    String siteYear;
    String deNumber;
    int classificationLine = -1;
    int preambleEnd;
    /** With no classification line: the first line after the routing block, where the cable text begins. */
    int routingEndLine;

    void addCaveat(String caveat) {
        if (!caveats.contains(caveat)) {
            caveats.add(caveat);
        }
    }

    Cable freeze() {
        return new Cable(sourceId, form, refidAsWritten, refid, dtgAsWritten, dtg, precedence, originAsWritten,
                origin, to, info, classificationAsWritten, classification, caveats, section, sectionCount, eoLine,
                declassifyOn, tags, subject, subjectDisplay, references, classifiedBy, reasons, summary, comments,
                signers, body, paragraphs);
    }
}
