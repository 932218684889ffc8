package org.cabletrends.cable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the shared corpus's cables.csv (skipped when absent). */
class CablesCsvRealFileTest {
    /** The weekday date line the site pages add after the routing header, e.g. "Friday, 01 February 2008, 13:41". */
    private static final Pattern SITE_DATE_LINE =
            Pattern.compile("(?m)^[A-Z][a-z]+day, \\d{2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} ?\n");

    @Test
    void readsEveryRowOfTheRealFile() throws IOException {
        Path csv = SharedDir.require("corpus").resolve("cables.csv");
        List<CsvCableRecord> records = new ArrayList<>();
        List<CsvRowError> errors = new ArrayList<>();

        CablesCsvReader.read(csv, records::add, errors::add);

        assertThat(errors).isEmpty();
        assertThat(records).hasSize(5_384);
        Set<String> refids = new HashSet<>();
        records.forEach(r -> refids.add(r.refid()));
        assertThat(refids).hasSize(records.size());
        CsvCableRecord last = records.get(records.size() - 1);
        assertThat(last.byteOffset() + last.byteLength()).isEqualTo(Files.size(csv));
    }

    /** The join chosen for cableText() is the site page's layout, apart from the page's added date line. */
    @Test
    void cableTextMatchesTheSitePageOnceItsDateLineIsRemoved() throws IOException {
        Path corpus = SharedDir.require("corpus");
        List<CsvCableRecord> records = new ArrayList<>();
        CablesCsvReader.read(corpus.resolve("cables.csv"), records::add, e -> { });
        int compared = 0;
        int same = 0;
        for (CsvCableRecord r : records) {
            Path site = corpus.resolve("site").resolve(r.refid() + ".txt");
            if (Files.exists(site)) {
                compared++;
                String page = SITE_DATE_LINE.matcher(Files.readString(site, StandardCharsets.UTF_8)).replaceFirst("");
                same += page.replaceAll("\n{2,}", "\n\n").equals(r.cableText().replaceAll("\n{2,}", "\n\n")) ? 1 : 0;
            }
        }
        assertThat(compared).isEqualTo(records.size());
        assertThat(same).as("rows equal to their site page").isGreaterThanOrEqualTo((int) (0.99 * compared));
    }
}
