package org.cabletrends.cable;

import java.io.IOException;

import org.cabletrends.cable.ValidationReport.Field;
import org.cabletrends.cable.ValidationReport.SourceStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floors for the parser on the real corpus (skipped when ../shared/corpus is absent): agreement with the published
 * metadata over all sources, counting the cables whose text has a header ({@link CorpusValidator#hasHeader}).
 */
class CorpusValidationTest {
    private static ValidationReport report;

    @BeforeAll
    static void validateCorpus() throws IOException {
        report = new CorpusValidator().validate(SharedDir.require("corpus"));
    }

    private static void assertFloor(Field field, double floor) {
        SourceStats total = report.total();
        assertThat(total.header(field).compared()).as("%s comparisons", field.key()).isPositive();
        assertThat(total.header(field).percent()).as("%s agreement %%, cables with a header:%n%s", field.key(),
                report.formatTable()).isGreaterThanOrEqualTo(floor);
    }

    @Test
    void refidAgrees() {
        assertFloor(Field.REFID, 99.5);
    }

    @Test
    void originAgrees() {
        assertFloor(Field.ORIGIN, 99.5);
    }

    @Test
    void classificationAgrees() {
        assertFloor(Field.CLASSIFICATION, 99.0);
    }

    @Test
    void dateAgrees() {
        assertFloor(Field.DATE, 99.0);
    }

    @Test
    void parserNeverThrowsAndEveryCsvRowIsRead() {
        assertThat(report.exceptions()).as("parser exceptions").isZero();
        assertThat(report.total().rowErrors()).as("malformed cables.csv rows").isZero();
    }

    /** The same cable from cables.csv and from site/ gives the same record; the site's extra date line may differ. */
    @Test
    void csvRowsGiveTheSameCablesAsSiteFiles() {
        var csv = report.csvVsSite();
        assertThat(csv.compared()).as("cables.csv rows compared with site/").isGreaterThan(5000);
        assertThat(100.0 * csv.identical() / csv.compared()).as("identical records, %%").isGreaterThanOrEqualTo(99.5);
    }
}
