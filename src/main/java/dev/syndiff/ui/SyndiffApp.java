package dev.syndiff.ui;

import dev.syndiff.core.Options;
import java.nio.file.Path;
import java.util.List;

/** The JavaFX viewer. STUB: the viewer branch replaces it. */
public final class SyndiffApp {
    private SyndiffApp() {
    }

    /** Opens the viewer on these inputs (the sample bundle when empty); returns when it closes. */
    public static void launchViewer(List<Path> inputs, Options options) {
        throw new UnsupportedOperationException("viewer not built yet");
    }
}
