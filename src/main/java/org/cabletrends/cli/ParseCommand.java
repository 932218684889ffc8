package org.cabletrends.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cabletrends.cable.CableJson;
import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.CablesCsvReader;
import org.cabletrends.cable.CsvCableRecord;
import org.cabletrends.cable.CsvRow;
import org.cabletrends.cable.CsvRowError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cabletrends parse FILE... | -}: one JSON object per cable (JSON Lines), in the form of {@link CableJson}.
 * Unreadable files and malformed CSV rows are reported on stderr; the rest is still written, and the exit code is 1.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parses cables and writes one JSON object per cable (JSON Lines) to standard output.",
                "A .csv file is read as the cables.csv dialect, one cable per row; - reads standard input."})
final class ParseCommand implements Callable<Integer> {
    enum Format { AUTO, TEXT, CSV }

    @ParentCommand
    private CableTrends parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Cable text files, .csv files, or - for stdin.")
    private List<String> files;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    private boolean pretty;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (by file extension; stdin is text), text or csv. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() {
        Format f = parseFormat();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (String file : files) {
            try {
                boolean csv = f == Format.CSV || f == Format.AUTO && file.toLowerCase(Locale.ROOT).endsWith(".csv");
                failures += file.equals("-") ? parseStream("-", parent.stdin(), csv, out, err)
                        : parseFile(Path.of(file), csv, out, err);
            } catch (IOException | RuntimeException e) {
                err.println("Cannot read " + file + ": " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? CableTrends.OK : CableTrends.FAILURE;
    }

    private Format parseFormat() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --format: '" + format + "' (expected auto, text or csv)");
        }
    }

    private int parseFile(Path file, boolean csv, PrintWriter out, PrintWriter err) throws IOException {
        if (!csv) {
            out.println(CableJson.toJson(CableParser.parse(file.toString(), Files.readAllBytes(file)), pretty));
            return 0;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parseStream(file.toString(), in, true, out, err);
        }
    }

    /** Parses a stream; returns the number of malformed CSV rows. */
    private int parseStream(String name, InputStream in, boolean csv, PrintWriter out, PrintWriter err)
            throws IOException {
        if (!csv) {
            out.println(CableJson.toJson(CableParser.parse(name, in.readAllBytes()), pretty));
            return 0;
        }
        int errors = 0;
        CablesCsvReader reader = new CablesCsvReader(in); // not closed here: the caller owns the stream
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            if (row instanceof CsvCableRecord r) {
                out.println(CableJson.toJson(CableParser.parse(name + "#" + r.row(), r.cableText()), pretty));
            } else if (row instanceof CsvRowError e) {
                errors++;
                err.println("Invalid CSV row " + e.row() + " in " + name + " at line " + e.line() + ", column "
                        + e.column() + ": " + e.reason());
            }
        }
        return errors;
    }
}
