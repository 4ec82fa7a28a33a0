package dev.syndiff.cli;

import dev.syndiff.core.CancelledException;
import dev.syndiff.export.WriteRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code; never a stack trace, unless
 * SYNDIFF_DEBUG is set in the environment (for whoever fixes the bug).
 */
final class FailureReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Terminal terminal;

    FailureReporter(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        terminal.error(ex.getMessage());
        PrintWriter err = cmd.getErr();
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.flush();
        terminal.err().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return Exit.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parse) {
        return report(ex);
    }

    /** One line for any failure; the exit code says whose fault it was. */
    int report(Throwable ex) {
        debugTrace(ex);
        if (ex instanceof CliFailure || ex instanceof WriteRefusedException) {
            terminal.error(ex.getMessage());
            return Exit.USAGE;
        }
        if (ex instanceof CancelledException) {
            terminal.error("cancelled");
            return Exit.USAGE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof InvalidPathException) {
            terminal.error(message(ex));
            return Exit.USAGE;
        }
        if (ex instanceof OutOfMemoryError) {
            terminal.error("out of memory; try --fast, a smaller bundle, or more heap (java -Xmx4g -jar ...)");
            return Exit.INTERNAL;
        }
        terminal.err().println("syndiff: internal error: " + ex.getClass().getSimpleName() + ": " + message(ex)
                + " (please report it; set SYNDIFF_DEBUG=1 for details)");
        return Exit.INTERNAL;
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private void debugTrace(Throwable ex) {
        String debug = System.getenv("SYNDIFF_DEBUG");
        if (debug != null && !debug.isBlank() && !debug.equals("0")) {
            ex.printStackTrace(terminal.err());
        }
    }
}
