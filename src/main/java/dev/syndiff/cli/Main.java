package dev.syndiff.cli;

import picocli.CommandLine;

/** Entry point of the jar; deliberately not a JavaFX Application so the shaded jar starts. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new SyndiffCommand()).execute(args);
    }
}
