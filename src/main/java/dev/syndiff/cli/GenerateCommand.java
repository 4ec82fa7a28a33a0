package dev.syndiff.cli;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.Source;
import dev.syndiff.export.AtomicFileWriter;
import dev.syndiff.export.WriteRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code syndiff generate OUT_DIR --copies N --words W --seed S}: a synthetic bundle for
 * speed tests and demos (hidden: a developer tool, not part of the user's workflow).
 */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write N perturbed copies of a seed story into an existing folder (same seed, same bytes).")
final class GenerateCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Existing folder to write copy_NNN.txt files into.")
    Path out;

    @Option(names = "--copies", defaultValue = "50", description = "Number of copies (default ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--words", defaultValue = "800", description = "About this many words per copy (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", paramLabel = "BUNDLE", description = "Seed bundle folder (default: the embedded sample).")
    Path from;

    @Option(names = "--force", description = "Replace files that already exist.")
    boolean force;

    GenerateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        GeneratorSpec spec;
        try {
            spec = new GeneratorSpec(copies, words, seed);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        List<String> seedTexts;
        if (from != null) {
            seedTexts = read(from);
        } else {
            try (SampleBundle sample = SampleBundle.open()) {
                seedTexts = read(sample.folder());
            }
        }
        WriteRules rules = WriteRules.of(from == null ? List.of() : List.of(from)).withForce(force);
        AtomicFileWriter writer = new AtomicFileWriter();
        List<GeneratedCopy> made = new BundleGenerator().generate(seedTexts, spec);
        for (GeneratedCopy c : made) {
            writer.write(out.resolve(c.fileName()), c.text().getBytes(StandardCharsets.UTF_8), rules);
        }
        terminal.err().println("syndiff: wrote " + made.size() + " copies to " + out);
        return Exit.OK;
    }

    private static List<String> read(Path bundle) {
        Bundle b = new BundleLoader(LoadLimits.defaults(), false).load(List.of(bundle));
        if (b.sources().isEmpty()) {
            throw new CliFailure("no usable copy in the seed bundle " + bundle);
        }
        return b.sources().stream().map(Source::text).toList();
    }
}
