package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.BuildPom;
import dev.syndiff.core.Options;
import dev.syndiff.ui.ShippedLibraries.Library;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The About dialog in a headless window (Monocle): version, icon and the license table. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(AboutDialog.button()), 300, 100));
        stage.show();
    }

    @Test
    void theButtonOpensTheDialogWithTheBuildVersionAndEveryLibrary(FxRobot robot) throws Exception {
        robot.clickOn("#about-button");
        Window about = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "About Syndiff".equals(s.getTitle())).findFirst().orElseThrow();
        assertThat(about.isShowing()).isTrue();
        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertThat(version.getText()).isEqualTo("Version " + BuildPom.read().version());
        @SuppressWarnings("unchecked")
        TableView<Library> table = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactlyElementsOf(ShippedLibraries.all());
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Library", "Version", "License");
        robot.interact(() -> ((Stage) about).close());
        assertThat(about.isShowing()).isFalse();
    }

    @Test
    void theViewersToolbarOffersAbout(FxRobot robot) {
        ViewerPrefs prefs = new ViewerPrefs(Preferences.userRoot().node("dev/syndiff/test/" + UUID.randomUUID()));
        ViewerWindow[] window = new ViewerWindow[1];
        robot.interact(() -> window[0] = new ViewerWindow(AnalysisRunner.Analyzer.pipeline(), UiExecutors.synchronous(),
                prefs, Options.defaults()));
        assertThat(window[0].toolbar().getItems()).anySatisfy(n -> assertThat(n.getId()).isEqualTo("about-button"));
    }

    @Test
    void theIconShipsInTheJarAsASquareImage() {
        var icon = AboutDialog.icon();
        assertThat(icon).as("assets/syndiff.png copied by the build").isNotNull();
        assertThat(icon.isError()).isFalse();
        assertThat(icon.getWidth()).isEqualTo(256).isEqualTo(icon.getHeight());
    }
}
