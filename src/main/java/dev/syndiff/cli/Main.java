package dev.syndiff.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the jar; deliberately not a JavaFX Application so the shaded jar starts. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream stdout = System.out;
        // a library that prints must not corrupt a JSON report on standard output
        System.setOut(System.err);
        System.exit(run(stdout, System.err, args));
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /**
     * A double-clicked jar and the installer's desktop entry start with no arguments: that opens
     * the viewer on the sample; any arguments (the {@code syndiff} command) pass through unchanged.
     */
    static String[] commandLine(String... args) {
        return args.length == 0 ? new String[] {"view"} : args.clone();
    }

    /** Runs one command line in-process; returns the exit code (see {@link Exit}). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Terminal terminal = new Terminal(out, err);
        FailureReporter failures = new FailureReporter(terminal);
        try {
            CommandLine cl = new CommandLine(new SyndiffCommand());
            cl.addSubcommand(new CommandLine(new AnalyzeCommand(terminal)));
            cl.addSubcommand(new CommandLine(new ExportCommand(terminal)));
            cl.addSubcommand(new CommandLine(new ViewCommand()));
            cl.addSubcommand(new CommandLine(new GenerateCommand(terminal)));
            // set after the subcommands exist: picocli copies these settings down at call time
            cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            cl.setExecutionExceptionHandler(failures);
            cl.setParameterExceptionHandler(failures);
            return cl.execute(commandLine(args));
        } catch (Exception | Error e) {
            return failures.report(e);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
