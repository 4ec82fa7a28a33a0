package dev.syndiff.ui;

import dev.syndiff.core.Options;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A real viewer window on the fast pipeline (no grammar pass), run synchronously, with preferences of its own, shown on a stage. */
final class TestWindow {
    private TestWindow() {
    }

    static ViewerWindow show(Stage stage, Options options, int width, int height) {
        ViewerWindow window = new ViewerWindow(AnalysisRunner.Analyzer.pipeline(), UiExecutors.synchronous(),
                new ViewerPrefs(Preferences.userRoot().node("dev/syndiff/test/" + UUID.randomUUID())),
                options.withGrammarPass(false));
        Scene scene = new Scene(window, width, height);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
