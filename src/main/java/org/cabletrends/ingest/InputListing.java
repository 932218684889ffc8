package org.cabletrends.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cabletrends.config.ConfigException;

/**
 * Expands the configured inputs (paths, globs, Hadoop URIs; directories recursively) into the files to read, on the
 * driver and without reading them. The rule by file name: {@code .csv} (also {@code .csv.gz}) is a cables.csv file;
 * {@code .tsv}, {@code .md}, {@code .json} and {@code .jsonl} (metadata, notes and ground truth that sit beside cable files) are skipped and
 * counted; names starting with '.' or '_' are hidden and skipped; every other file is one cable.
 */
final class InputListing {

    /** One file with its size; {@code path} is fully qualified. */
    record InputFile(String path, long length) implements java.io.Serializable {
    }

    /** The listing: cable files and CSV files, each sorted by path, and how many files were skipped. */
    record Inputs(List<InputFile> cableFiles, List<InputFile> csvFiles, int skippedFiles) {
        Inputs {
            cableFiles = List.copyOf(cableFiles);
            csvFiles = List.copyOf(csvFiles);
        }

        long bytes() {
            return cableFiles.stream().mapToLong(InputFile::length).sum() + csvBytes();
        }

        long csvBytes() {
            return csvFiles.stream().mapToLong(InputFile::length).sum();
        }

        long cableFileBytes() {
            return cableFiles.stream().mapToLong(InputFile::length).sum();
        }
    }

    enum Kind { CABLE, CSV, SKIPPED, HIDDEN }

    private InputListing() {
    }

    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("_")) {
            return Kind.HIDDEN;
        }
        if (n.endsWith(".csv") || n.endsWith(".csv.gz")) {
            return Kind.CSV;
        }
        if (n.endsWith(".tsv") || n.endsWith(".md") || n.endsWith(".json") || n.endsWith(".jsonl")) {
            return Kind.SKIPPED;
        }
        return Kind.CABLE;
    }

    static Inputs list(Configuration conf, List<String> inputs) throws IOException {
        Map<String, InputFile> cables = new TreeMap<>();
        Map<String, InputFile> csv = new TreeMap<>();
        int[] skipped = {0};
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new ConfigException("Invalid value for 'input': '" + input + "' (no such file or directory)");
            }
            for (FileStatus m : matches) {
                for (FileStatus f : files(fs, m)) {
                    String path = fs.makeQualified(f.getPath()).toString();
                    InputFile file = new InputFile(path, f.getLen());
                    switch (kindOf(f.getPath().getName())) {
                        case CABLE -> cables.put(path, file);
                        case CSV -> csv.put(path, file);
                        case SKIPPED -> skipped[0]++;
                        case HIDDEN -> { }
                    }
                }
            }
        }
        return new Inputs(new ArrayList<>(cables.values()), new ArrayList<>(csv.values()), skipped[0]);
    }

    /**
     * The files under a status, depth first, skipping hidden directories (such as a run's _tmp- directory). Uses
     * listStatus, not listFiles: on the local file system the located statuses of listFiles load permissions by
     * forking a shell per file (40 s for 5,000 files).
     */
    private static List<FileStatus> files(FileSystem fs, FileStatus status) throws IOException {
        if (!status.isDirectory()) {
            return List.of(status);
        }
        List<FileStatus> out = new ArrayList<>();
        ArrayDeque<Path> dirs = new ArrayDeque<>(List.of(status.getPath()));
        while (!dirs.isEmpty()) {
            for (FileStatus f : fs.listStatus(dirs.pop())) {
                if (!f.isDirectory()) {
                    out.add(f);
                } else if (kindOf(f.getPath().getName()) != Kind.HIDDEN) {
                    dirs.push(f.getPath());
                }
            }
        }
        return out;
    }
}
