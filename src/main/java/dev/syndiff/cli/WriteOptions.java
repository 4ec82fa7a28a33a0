package dev.syndiff.cli;

import dev.syndiff.export.WriteRules;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How an output file may be written (see export.AtomicFileWriter). */
final class WriteOptions {
    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Option(names = "--into-bundle", description = "Allow writing inside a bundle folder.")
    boolean intoBundle;

    WriteRules rules(List<Path> inputs) {
        return WriteRules.of(inputs).withForce(force).withIntoBundle(intoBundle);
    }
}
