package org.cabletrends.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a corpus as a directory of files ({@code 2008/08ASTANA2361.txt}) or as one {@code cables.csv} in the real
 * dialect, streaming; both also write {@code ground-truth.jsonl} (one line per cable, in index order) and
 * {@code ground-truth-summary.json}.
 */
public final class CorpusWriter {
    public static final String TRUTH_LINES = "ground-truth.jsonl";
    public static final String TRUTH_SUMMARY = "ground-truth-summary.json";
    public static final String CSV_NAME = "cables.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was written: cable count and bytes of cable text (files or CSV, ground truth excluded). */
    public record Report(int cables, long bytes, int malformed, Path out) {
    }

    private CorpusWriter() {
    }

    public static Report writeDirectory(SyntheticCorpus corpus, Path out) throws IOException {
        Files.createDirectories(out);
        Summary summary = new Summary(corpus);
        Set<Path> dirs = new HashSet<>();
        int[] malformed = {0};
        try (Writer truth = Files.newBufferedWriter(out.resolve(TRUTH_LINES), StandardCharsets.UTF_8)) {
            corpus.forEach(c -> {
                Path file = out.resolve(c.fileName());
                try {
                    if (dirs.add(file.getParent())) {
                        Files.createDirectories(file.getParent());
                    }
                    Files.write(file, c.bytes());
                    truth.write(JSON.writeValueAsString(GroundTruth.cable(c.truths())));
                    truth.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + file, e);
                }
                malformed[0] += c.truths().wellFormed() ? 0 : 1;
                summary.add(c);
            });
        }
        writeSummary(out, summary.render("directory"));
        return new Report(corpus.options().cables(), summary.bytes(), malformed[0], out);
    }

    public static Report writeCablesCsv(SyntheticCorpus corpus, Path out) throws IOException {
        Files.createDirectories(out);
        Summary summary = new Summary(corpus);
        int[] malformed = {0};
        long[] bytes = {0};
        try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(out.resolve(CSV_NAME)), 1 << 20);
             BufferedWriter truth = Files.newBufferedWriter(out.resolve(TRUTH_LINES), StandardCharsets.UTF_8)) {
            corpus.forEach(c -> {
                try {
                    byte[] row = csvRow(c).getBytes(StandardCharsets.UTF_8);
                    csv.write(row);
                    bytes[0] += row.length;
                    Map<String, Object> line = GroundTruth.cable(c.truths());
                    line.put("csv_row", c.index() + 1);
                    truth.write(JSON.writeValueAsString(line));
                    truth.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + out.resolve(CSV_NAME), e);
                }
                malformed[0] += c.truths().wellFormed() ? 0 : 1;
                summary.add(c);
            });
        }
        Map<String, Object> rendered = summary.render("cables_csv");
        rendered.put("csv_bytes", bytes[0]);
        writeSummary(out, rendered);
        return new Report(corpus.options().cables(), bytes[0], malformed[0], out);
    }

    /** One row: 8 quoted fields, quotes escaped as {@code \"}, no header row, multi-line fields kept. */
    static String csvRow(SyntheticCable c) {
        CableTruth t = c.truths();
        String[] fields = {Integer.toString(c.index() + 1), Dtg.csv(CableRenderer.at(t)), c.refid(),
                t.post().origin(), t.classificationLabel(), String.join("|", t.references()), c.header(),
                c.content()};
        StringBuilder b = new StringBuilder(c.content().length() + c.header().length() + 128);
        for (int i = 0; i < fields.length; i++) {
            b.append(i == 0 ? "\"" : ",\"").append(fields[i].replace("\"", "\\\"")).append('"');
        }
        return b.append('\n').toString();
    }

    private static void writeSummary(Path out, Map<String, Object> summary) throws IOException {
        Files.writeString(out.resolve(TRUTH_SUMMARY),
                JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n");
    }
}
