package dev.syndiff.ui;

import dev.syndiff.core.Options;
import java.nio.file.Path;
import java.util.List;

/** Opens the real window on the hand-made report (for screenshots of every highlight kind). */
public final class FixtureViewer {
    private FixtureViewer() {
    }

    public static void main(String[] args) {
        String bundle = args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/fixture-bundle";
        SyndiffApp.launchWith((in, o, l, e) -> ReportFixture.report(bundle, 0), List.of(Path.of(bundle)), Options.defaults());
    }
}
