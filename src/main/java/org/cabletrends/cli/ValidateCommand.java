package org.cabletrends.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cabletrends.cable.CorpusValidator;
import org.cabletrends.cable.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cabletrends validate --corpus DIR}: parses a corpus and prints how often the parsed refid, origin,
 * classification and date agree with the published metadata (see {@link CorpusValidator}); every disagreement goes
 * to a TSV file. Exit code 1 when a parse threw.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Parses a corpus laid out like ../shared/corpus and checks the parsed fields against the "
                + "published metadata (site.tsv and siblings).",
                "Prints a table per source and field; writes every disagreement to a TSV file."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus directory.")
    private Path corpus;

    @Option(names = "--out", defaultValue = "validate-disagreements.tsv", paramLabel = "FILE",
            description = "Where to write the disagreements. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "Invalid --corpus: " + corpus + " is not a directory");
        }
        ValidationReport report = new CorpusValidator().validate(corpus);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            report.writeDisagreements(w);
        }
        spec.commandLine().getOut().print(report.formatTable());
        spec.commandLine().getOut().println("disagreements written to " + out);
        if (report.exceptions() > 0) {
            spec.commandLine().getErr().println("Parser threw on " + report.exceptions() + " cables (see " + out + ")");
            return CableTrends.FAILURE;
        }
        return CableTrends.OK;
    }
}
