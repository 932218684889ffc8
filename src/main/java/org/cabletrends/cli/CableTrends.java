package org.cabletrends.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cabletrends} command line. Exit codes: 0 ok, 1 failure, 2 bad usage (picocli's defaults for
 * execution errors and parameter errors). Output is UTF-8 whatever the platform default.
 */
@Command(name = "cabletrends", mixinStandardHelpOptions = true,
        versionProvider = CableTrends.Version.class,
        description = "Diplomatic cables into typed records and civil-society topic trends.",
        subcommands = {RunCommand.class, ParseCommand.class, ValidateCommand.class, IngestCommand.class,
                ThemesCommand.class, TopicsCommand.class, ScoreCommand.class})
public final class CableTrends implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    public CableTrends(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Standard input as given to {@link #execute}, for commands reading {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a subcommand: show the usage and fail as bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.err, args));
    }

    /** Runs the command line on the given streams and returns its exit code (tests call this). */
    public static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new CableTrends(in));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** The version from the jar manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CableTrends.class.getPackage().getImplementationVersion();
            return new String[] {"cabletrends " + (v == null ? "(development build)" : v)};
        }
    }
}
