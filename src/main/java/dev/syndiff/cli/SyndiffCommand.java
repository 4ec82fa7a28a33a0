package dev.syndiff.cli;

import picocli.CommandLine.Command;

/** The top-level {@code syndiff} command; its subcommands do the work. */
@Command(name = "syndiff", mixinStandardHelpOptions = true, version = "syndiff 0.1.0",
        description = "Compares syndicated copies of one news story.",
        subcommands = {AnalyzeCommand.class, ViewCommand.class})
final class SyndiffCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
