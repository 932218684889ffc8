package org.cabletrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The splittable reader gives the same records whatever the split size: none lost, none doubled. */
class CablesCsvInputFormatTest {
    @TempDir
    Path dir;

    /** Lines inside fields that look like record starts, in every way the dialect allows (and one it does not). */
    static String trickyFile(int rows, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            String content = switch (i % 5) {
                case 0 -> "1. Quoted row follows:\n\"" + (i + 1) + "\",\"1/2/2003 4:05\",\"03FAKE1\",\"Embassy X\",\"SECRET\",\"\n2. End.";
                case 1 -> "Line ending in a quote: \"yes\"\n" + (i + 1) + "\",\"1/2/2003 4:05\",\"digits without quote\n";
                case 2 -> "Ends in an escaped quote \"";
                case 3 -> "Windows line\r\nends\r\n";
                default -> "plain " + "x".repeat(r.nextInt(3000));
            };
            s.append(CableFixtures.csvRow(i, "1/" + (1 + i % 28) + "/2008 15:03", "08EXAMPLE" + i, "Embassy Example",
                    "CONFIDENTIAL", i % 2 == 0 ? "R 311503Z JAN 08\nFM AMEMBASSY EXAMPLE" : "", content));
        }
        // A content line that starts like a record with an unescaped quote, after a line that does not end in one.
        s.append("\"").append(rows + 1).append("\",\"1/1/2009 1:01\",\"09EXAMPLE1\",\"Embassy Example\",\"SECRET\",\"\",\"\",\"text\n")
                .append("\"99\",\"1/1/2009 1:01\",\"09EXAMPLE99\",\"E\",\"S\",\"\",\"\",\"bad\"\n");
        return s.toString();
    }

    @Test
    void manySmallSplitsReadTheSameRecordsAsOneSplit() throws Exception {
        Path file = dir.resolve("cables.csv");
        Files.writeString(file, trickyFile(800, 7), StandardCharsets.UTF_8);
        List<String> whole = read(file, Long.MAX_VALUE);
        assertThat(whole).as("the unescaped look-alike line stays inside its record").hasSize(801);
        assertThat(Files.size(file)).isGreaterThan(4 * 64 * 1024);
        for (long split : new long[] {64 * 1024, 4096, 1000, 97}) {
            assertThat(read(file, split)).as("split size " + split).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void recordsReadBackAsTheirRows() throws Exception {
        Path file = dir.resolve("cables.csv");
        String text = trickyFile(10, 1);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> records = read(file, 200);
        assertThat(records.get(0)).startsWith("0\t\"1\",\"1/2/2008 15:03\"");
        assertThat(records).allSatisfy(r -> assertThat(r).doesNotEndWith("\n"));
        int rejected = 0;
        for (String r : records) {
            String bytes = r.substring(r.indexOf('\t') + 1);
            try {
                CsvFields f = CsvRowParser.standard().parse(bytes.getBytes(StandardCharsets.UTF_8));
                assertThat(f.refid()).startsWith("0");
            } catch (IllegalArgumentException e) {
                rejected++;
            }
        }
        assertThat(rejected).as("only the row with unescaped quotes is malformed").isEqualTo(1);
    }

    @Test
    void emptyFileHasNoRecords() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        assertThat(read(file, 1024)).isEmpty();
    }

    /** "offset TAB record" for every record of every split, in split order. */
    static List<String> read(Path file, long maxSplit) throws IOException, InterruptedException {
        Job job = Job.getInstance(new Configuration());
        FileInputFormat.setInputPaths(job, new org.apache.hadoop.fs.Path(file.toUri()));
        FileInputFormat.setMaxInputSplitSize(job, maxSplit);
        FileInputFormat.setMinInputSplitSize(job, 1);
        CablesCsvInputFormat format = new CablesCsvInputFormat();
        List<String> out = new ArrayList<>();
        for (InputSplit split : format.getSplits(job)) {
            TaskAttemptContextImpl ctx = new TaskAttemptContextImpl(job.getConfiguration(), new TaskAttemptID());
            try (RecordReader<LongWritable, BytesWritable> reader = format.createRecordReader(split, ctx)) {
                reader.initialize(split, ctx);
                while (reader.nextKeyValue()) {
                    out.add(reader.getCurrentKey().get() + "\t"
                            + new String(reader.getCurrentValue().copyBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
