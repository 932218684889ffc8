package org.cabletrends.cable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

class CablesCsvReaderProperties {

    @Property(tries = 300)
    void writtenRowsReadBackUnchanged(@ForAll("rows") @Size(max = 6) List<List<String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            csv.append('"').append(i + 1).append('"');
            for (String f : rows.get(i)) {
                csv.append(",\"").append(f.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            csv.append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        List<CsvRow> read = CablesCsvReaderTest.readAll(new ByteArrayInputStream(bytes),
                CablesCsvReader.DEFAULT_MAX_ROW_BYTES, 8);

        assertThat(read).hasSize(rows.size()).allMatch(r -> r instanceof CsvCableRecord);
        for (int i = 0; i < rows.size(); i++) {
            CsvCableRecord r = (CsvCableRecord) read.get(i);
            assertThat(List.of(r.date(), r.refid(), r.origin(), r.classification(), r.references(), r.header(),
                    r.content())).isEqualTo(rows.get(i));
        }
        CablesCsvReaderTest.assertContiguous(read, bytes.length);
    }

    /** Arbitrary bytes never make the reader throw, and the rows it reports never overlap. */
    @Property(tries = 300)
    void arbitraryBytesNeverThrow(@ForAll("csvish") String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<CsvRow> read = new ArrayList<>(CablesCsvReaderTest.readAll(new ByteArrayInputStream(bytes), 64, 4));
        CablesCsvReaderTest.assertContiguous(read, bytes.length);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab \"\\\n\r,¶é").ofMaxLength(20);
        return field.list().ofSize(7).list();
    }

    @Provide
    Arbitrary<String> csvish() {
        return Arbitraries.strings().withChars("\"\\\n\r,019ax").ofMaxLength(200);
    }
}
