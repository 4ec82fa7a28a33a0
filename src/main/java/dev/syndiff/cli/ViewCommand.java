package dev.syndiff.cli;

import dev.syndiff.core.Options;
import dev.syndiff.ui.SyndiffApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code syndiff view [BUNDLE]}: opens the viewer (on the sample bundle when none is given). */
@Command(name = "view", description = "Open the side-by-side viewer.")
final class ViewCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "BUNDLE", description = "A folder, files or a .zip (default: the sample bundle).")
    List<Path> inputs = List.of();

    @Option(names = "--reference", paramLabel = "NAME", description = "File name of the reference copy (extension optional).")
    String reference;

    @Option(names = "--fast", description = "Skip the slow grammar pass.")
    boolean fast;

    @Override
    public Integer call() {
        SyndiffApp.launchViewer(inputs, Options.defaults().withReference(reference).withGrammarPass(!fast));
        return 0;
    }
}
