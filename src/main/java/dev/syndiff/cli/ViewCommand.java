package dev.syndiff.cli;

import dev.syndiff.ui.SyndiffApp;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code syndiff view [BUNDLE...]}: opens the viewer; returns when its window closes. */
@Command(name = "view", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the viewer on a bundle (default: the embedded sample bundle).")
final class ViewCommand implements Callable<Integer> {
    @Mixin
    BundleOptions bundle;

    @Override
    public Integer call() {
        bundle.requireInputsExist();
        if (!bundle.inputs.isEmpty()) {
            return launch(bundle);
        }
        try (SampleBundle sample = SampleBundle.open()) {
            bundle.inputs = List.of(sample.folder());
            return launch(bundle);
        }
    }

    private static int launch(BundleOptions bundle) {
        try {
            SyndiffApp.launchViewer(List.copyOf(bundle.inputs), bundle.toOptions());
            return Exit.OK;
        } catch (UnsupportedOperationException e) {
            // JavaFX says so when there is no display; the stub viewer says so too
            throw new CliFailure("cannot open the viewer: " + e.getMessage());
        }
    }
}
