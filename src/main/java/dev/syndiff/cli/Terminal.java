package dev.syndiff.cli;

import java.io.PrintStream;

/**
 * Where a command speaks: {@code out} holds only results (the JSON report when it goes to
 * standard output), {@code err} holds progress, warnings and errors, one line each.
 */
record Terminal(PrintStream out, PrintStream err) {
    void warn(String line) {
        err.println("syndiff: warning: " + line);
    }

    void error(String line) {
        err.println("syndiff: error: " + line);
    }
}
