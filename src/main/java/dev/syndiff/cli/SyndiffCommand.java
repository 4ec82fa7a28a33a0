package dev.syndiff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code syndiff} command; its subcommands do the work. */
@Command(name = "syndiff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compares syndicated copies of one news story.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  compared", "  1  compared, with warnings about some files (one line each on stderr)",
            "  2  nothing to compare or bad usage", "  3  internal error",
            "%nWith no command, syndiff opens the viewer on the embedded sample bundle.%n"})
final class SyndiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // reached only with options but no command (no arguments at all opens the viewer)
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exit.USAGE;
    }
}
