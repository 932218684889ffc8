package org.cabletrends.cable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One cable's metadata as published beside its text (a row of {@code site.tsv} and its siblings): the independent
 * labels the parser is checked against. {@code file} is the text's file name without {@code .txt}.
 */
public record PublishedMetadata(String file, String refid, String created, String classification, String origin) {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /**
     * Reads a metadata TSV with a header row. Columns used: {@code refid}, {@code file} (else the refid),
     * {@code created} or {@code date_time_as_given}, {@code classification}, {@code origin}.
     */
    public static List<PublishedMetadata> readTsv(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = new HashMap<>();
        String[] head = lines.get(0).split("\t", -1);
        for (int i = 0; i < head.length; i++) {
            col.putIfAbsent(head[i].trim(), i);
        }
        if (!col.containsKey("refid")) {
            throw new IOException("Invalid metadata file " + tsv + ": no refid column");
        }
        List<PublishedMetadata> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String refid = get(f, col, "refid");
            String file = col.containsKey("file") ? get(f, col, "file") : refid;
            String created = col.containsKey("created") ? get(f, col, "created") : get(f, col, "date_time_as_given");
            rows.add(new PublishedMetadata(file, refid, created, get(f, col, "classification"), get(f, col, "origin")));
        }
        return List.copyOf(rows);
    }

    private static String get(String[] fields, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= fields.length || fields[i].isBlank() ? null : fields[i].trim();
    }

    /** The creation date, from {@code 2008-01-31 15:03} or {@code 1/31/2008 15:03}; null when unreadable. */
    public LocalDate createdDate() {
        if (created == null) {
            return null;
        }
        String date = created.split(" ", 2)[0];
        try {
            return date.contains("/") ? LocalDate.parse(date, US_DATE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
