package org.cabletrends.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Parts of a cable on their own give whatever fields they hold, as fragments. */
class FragmentTest {
    @Test
    void headerOnly() {
        Cable c = CableParser.parse("h", "O 050850Z OCT 09\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6518\n"
                + "INFO RUEHBJ/AMEMBASSY BEIJING 1373\n").cable();
        assertThat(c.form()).isEqualTo(SourceForm.FRAGMENT);
        assertThat(c.dtg()).isEqualTo(Instant.parse("2009-10-05T08:50:00Z"));
        assertThat(c.precedence()).isEqualTo("IMMEDIATE");
        assertThat(c.origin()).isEqualTo("Embassy Astana");
        assertThat(c.to()).containsExactly("SECSTATE WASHDC");
        assertThat(c.info()).containsExactly("AMEMBASSY BEIJING");
        assertThat(c.body()).isEmpty();
        assertThat(c.paragraphs()).isEmpty();
    }

    @Test
    void subjectOnly() {
        ParseResult r = CableParser.parse("s", "SUBJ: (C) UZBEKISTAN: NGO REGISTRATION\n  RULES TIGHTENED\n");
        assertThat(r.cable().form()).isEqualTo(SourceForm.FRAGMENT);
        assertThat(r.cable().subject()).isEqualTo("UZBEKISTAN: NGO REGISTRATION RULES TIGHTENED");
        assertThat(r.cable().subjectDisplay()).isEqualTo("Uzbekistan: NGO Registration Rules Tightened");
        assertThat(r.issues()).extracting(ParseIssue::code).contains(IssueCode.MISSING_REFID);
    }

    @Test
    void referenceBlockOnly() {
        Cable c = CableParser.parse("r", "REF: A. 08TASHKENT1234\n     B. 07 STATE 98765\n").cable();
        assertThat(c.references()).extracting(Reference::letter).containsExactly("A", "B");
        assertThat(c.references()).flatExtracting(Reference::refids).containsExactly("08TASHKENT1234", "07STATE98765");
    }

    @Test
    void classificationLineOnlyGivesLevelSectionAndId() {
        Cable c = CableParser.parse("c", "C O N F I D E N T I A L SECTION 02 OF 03 TASHKENT 001234\n").cable();
        assertThat(c.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(c.section()).isEqualTo(2);
        assertThat(c.sectionCount()).isEqualTo(3);
        assertThat(c.refidAsWritten()).isEqualTo("TASHKENT 001234");
        assertThat(c.refid()).as("no year in the text").isNull();
    }
}
