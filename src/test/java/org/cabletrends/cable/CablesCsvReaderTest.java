package org.cabletrends.cable;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CablesCsvReaderTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CablesCsvReaderTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<CsvRow> readAll(InputStream in, int maxRowBytes, int bufferBytes) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (CablesCsvReader reader = new CablesCsvReader(in, maxRowBytes, bufferBytes)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<CsvRow> readAll(byte[] bytes) throws IOException {
        return readAll(new ByteArrayInputStream(bytes), CablesCsvReader.DEFAULT_MAX_ROW_BYTES, 1 << 16);
    }

    @Test
    void readsQuotedMultiLineFieldsWithBackslashEscapes() throws IOException {
        byte[] bytes = fixture("good.csv");
        List<CsvRow> rows = readAll(bytes);

        assertThat(rows).hasSize(3).allMatch(r -> r instanceof CsvCableRecord);
        CsvCableRecord first = (CsvCableRecord) rows.get(0);
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.date()).isEqualTo("1/31/2008 15:03");
        assertThat(first.refid()).isEqualTo("08EXAMPLE101");
        assertThat(first.header()).isEqualTo("R 311503Z JAN 08\nFM AMEMBASSY EXAMPLE\nTO SECSTATE WASHDC 0001");
        assertThat(first.content())
                .contains("SUBJECT: A \"QUOTED\" WORD AND A BACKSLASH \\ HERE")
                .contains("fixture. \\\nSecond line after an escaped backslash. \\\nEND")
                .endsWith("END");
        assertThat(first.cableText()).isEqualTo(first.header() + "\n\n" + first.content());

        CsvCableRecord second = (CsvCableRecord) rows.get(1);
        assertThat(second.classification()).isEqualTo("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
        assertThat(second.references()).isEqualTo("08EXAMPLE101");
        assertThat(second.header()).isEmpty();
        assertThat(second.content()).endsWith("A literal \\n stays and so does C:\\path.");
        assertThat(second.cableText()).isEqualTo(second.content());

        CsvCableRecord third = (CsvCableRecord) rows.get(2);
        assertThat(third.content()).isEqualTo("ends with a backslash \\");
        assertContiguous(rows, bytes.length);
    }

    @Test
    void keepsCrlfInsideFieldsAndAcceptsCrlfRowEnds() throws IOException {
        byte[] bytes = fixture("crlf.csv");
        List<CsvRow> rows = readAll(bytes);

        assertThat(rows).hasSize(2).allMatch(r -> r instanceof CsvCableRecord);
        assertThat(((CsvCableRecord) rows.get(0)).cableText()).isEqualTo("H1\n\nC1");
        assertThat(((CsvCableRecord) rows.get(1)).content()).isEqualTo("C2\r\nline2");
        assertContiguous(rows, bytes.length);
    }

    @Test
    void reportsMalformedRowsAndResumesAtTheNextRecordStart() throws IOException {
        List<CsvRow> rows = readAll(fixture("broken.csv"));

        assertThat(rows).extracting(r -> r instanceof CsvCableRecord c ? "ok " + c.id() : "error")
                .containsExactly("ok 1", "error", "error", "error", "ok 5", "ok 6", "error");
        assertThat(rows).extracting(CsvRow::row).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);

        CsvRowError badQuote = (CsvRowError) rows.get(1);
        assertThat(badQuote.line()).isEqualTo(2);
        assertThat(badQuote.column()).isEqualTo(59); // the b of "bad"
        assertThat(badQuote.reason()).startsWith("Invalid character after closing quote: 'b'");
        assertThat(badQuote.rawBytesLength()).isEqualTo(rows.get(2).byteOffset() - badQuote.byteOffset());

        CsvRowError fieldCount = (CsvRowError) rows.get(2);
        assertThat(fieldCount.reason()).isEqualTo("Invalid field count: 7 (expected 8)");
        assertThat(fieldCount.line()).isEqualTo(3);

        CsvRowError runaway = (CsvRowError) rows.get(3);
        assertThat(runaway.line()).isEqualTo(5);
        assertThat(runaway.rawBytesLength()).isEqualTo(rows.get(4).byteOffset() - runaway.byteOffset());
        assertThat(((CsvCableRecord) rows.get(5)).content()).isEqualTo("last good\nspanning two lines");

        CsvRowError unterminated = (CsvRowError) rows.get(6);
        assertThat(unterminated.reason()).isEqualTo("Cannot find closing quote before end of input");
        assertThat(unterminated.line()).isEqualTo(9); // at the end of input
        assertThat(unterminated.byteOffset() + unterminated.rawBytesLength())
                .isEqualTo(fixture("broken.csv").length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"good.csv", "crlf.csv", "broken.csv"})
    void tinyBuffersAndOneByteReadsGiveTheSameRows(String name) throws IOException {
        byte[] bytes = fixture(name);
        List<CsvRow> expected = readAll(bytes);

        List<CsvRow> actual = readAll(new OneByteAtATime(bytes), CablesCsvReader.DEFAULT_MAX_ROW_BYTES, 4);

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void rowLongerThanTheLimitIsAnErrorAndTheNextRowIsRead() throws IOException {
        String longRow = "\"1\",\"d\",\"r\",\"o\",\"c\",\"\",\"\",\"" + "x".repeat(500) + "\"\n";
        String next = "\"2\",\"d\",\"r\",\"o\",\"c\",\"\",\"\",\"short\"\n";
        byte[] bytes = (longRow + next).getBytes(StandardCharsets.UTF_8);

        List<CsvRow> rows = readAll(new ByteArrayInputStream(bytes), 256, 16);

        assertThat(rows).hasSize(2);
        assertThat(((CsvRowError) rows.get(0)).reason()).startsWith("Cannot read row: longer than 256 bytes");
        assertThat(((CsvCableRecord) rows.get(1)).content()).isEqualTo("short");
    }

    @Test
    void skipsBomAndBlankLinesAndReadsInvalidUtf8AsWindows1252() throws IOException {
        byte[] head = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] row = "\n\"1\",\"d\",\"r\",\"o\",\"c\",\"\",\"\",\"caf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + row.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(row, 0, bytes, head.length, row.length);
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '\n';

        List<CsvRow> rows = readAll(bytes);

        assertThat(rows).hasSize(1);
        assertThat(((CsvCableRecord) rows.get(0)).content()).isEqualTo("caf\u00e9 ");
        assertThat(rows.get(0).byteOffset()).isEqualTo(4);
    }

    @Test
    void emptyInputHasNoRows() throws IOException {
        assertThat(readAll(new byte[0])).isEmpty();
        assertThat(readAll("\n\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void nextRecordStartFindsQuotedDigitsAtALineStart() {
        byte[] b = "x\"1\",\"y\n\"12\",\"a\n\"z\",\"\n\"3\",".getBytes(StandardCharsets.US_ASCII);

        assertThat(CablesCsvReader.nextRecordStart(b, 0, b.length)).isEqualTo(8);
        assertThat(CablesCsvReader.nextRecordStart(b, 9, b.length)).isEqualTo(-1); // "z" is no id, "3" is cut off
        assertThat(CablesCsvReader.nextRecordStart(b, 0, 12)).isEqualTo(-1);       // match cut off at 'to'
        byte[] atStart = "\"7\",\"".getBytes(StandardCharsets.US_ASCII);
        assertThat(CablesCsvReader.nextRecordStart(atStart, 0, atStart.length)).isZero();
        assertThat(CablesCsvReader.nextRecordStart(atStart, 1, atStart.length)).isEqualTo(-1);
        assertThatThrownBy(() -> CablesCsvReader.nextRecordStart(b, 5, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Invalid range");
    }

    @Test
    void readerPassesTheFixturesThroughTheFileHelper() throws IOException {
        Path file = Path.of("src/test/resources/csv/broken.csv");
        List<CsvCableRecord> records = new ArrayList<>();
        List<CsvRowError> errors = new ArrayList<>();

        CablesCsvReader.read(file, records::add, errors::add);

        assertThat(records).extracting(CsvCableRecord::refid).containsExactly("01A1", "01A5", "01A6");
        assertThat(errors).hasSize(4);
    }

    /** Rows are in input order and never overlap; the last ends at or before the input's end. */
    static void assertContiguous(List<CsvRow> rows, long size) {
        long end = 0;
        for (CsvRow row : rows) {
            assertThat(row.byteOffset()).isGreaterThanOrEqualTo(end);
            end = row.byteOffset() + (row instanceof CsvCableRecord r ? r.byteLength()
                    : ((CsvRowError) row).rawBytesLength());
        }
        assertThat(end).isLessThanOrEqualTo(size);
    }

    /** Hands out one byte per read, the worst case for buffering. */
    static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
