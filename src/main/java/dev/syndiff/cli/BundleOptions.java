package dev.syndiff.cli;

import dev.syndiff.core.Options;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to compare and how: the inputs and options every command shares. */
final class BundleOptions {
    @Parameters(arity = "0..*", paramLabel = "BUNDLE",
            description = "A folder, files or a .zip (default: the embedded sample bundle).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "NAME",
            description = "The reference copy: its file name, extension optional.")
    String reference;

    @Option(names = "--fast", description = "Skip the slow grammar pass (machine-translation damage).")
    boolean fast;

    @Option(names = "--recursive", description = "Read the subfolders of a bundle folder too.")
    boolean recursive;

    @Option(names = "--max-file-size", paramLabel = "BYTES", converter = ByteSizeConverter.class,
            description = "Skip files larger than this (e.g. 2000000, 500k, 20M; default 20M).")
    Long maxFileSize;

    Options toOptions() {
        Options o = Options.defaults().withReference(reference).withGrammarPass(!fast).withRecursive(recursive);
        if (maxFileSize != null) {
            o = o.withLimits(o.limits().withMaxFileBytes(maxFileSize));
        }
        return o;
    }

    /** Inputs must exist: a typo is bad usage, not an empty bundle. */
    void requireInputsExist() {
        for (Path p : inputs) {
            if (!java.nio.file.Files.exists(p)) {
                throw new CliFailure(p + ": no such file or folder");
            }
        }
    }
}
