package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Copies in other languages in a headless window: a right-to-left pane, languages, translated rows. */
@ExtendWith(ApplicationExtension.class)
class RightToLeftViewerTest {
    private static final Path RTL_DESK = Path.of("src/test/resources/bundles/rtl-desk");
    private static final Path HARBOUR = Path.of("samples/harbour-strike");

    private ViewerWindow window;
    private Options options = Options.defaults().withGrammarPass(false);

    @Start
    void start(Stage s) {
        window = TestWindow.show(s, Options.defaults().withReference("00_wire"), 1200, 700);
    }

    private void open(FxRobot robot, Path bundle, String copy) {
        robot.interact(() -> window.open(List.of(bundle)));
        robot.interact(() -> window.setShown(List.of("00_wire", copy)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * rtl-desk with one number changed in the Arabic copy (14 boats become 41): the faithful copy
     * aligns row for row and has no finding, so nothing would be highlighted in its pane.
     */
    private static Path deskWithAChangedNumber(Path dir) throws IOException {
        for (String name : List.of("00_wire.txt", "01_arabic.txt")) {
            String text = Files.readString(RTL_DESK.resolve(name), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name), name.startsWith("01") ? text.replace(" 14 ", " 41 ") : text,
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void theArabicCopyIsLaidOutRightToLeftAndTheWireLeftToRight(FxRobot robot, @TempDir Path tmp) throws IOException {
        open(robot, deskWithAChangedNumber(tmp), "01_arabic");
        VersionPane arabic = window.comparison().pane("01_arabic");
        VersionPane wire = window.comparison().pane("00_wire");
        assertThat(arabic.area().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(wire.rightToLeft()).isFalse();
        // what the reader sees: the headline's first word stands right of its last word (one Text node a word)
        double[] arabicX = firstAndLastWordX(robot, arabic);
        assertThat(arabicX[0]).isGreaterThan(arabicX[1]);
        String arabicText = arabic.area().getText();
        // and the short headline is flush right: a left-to-right pane would start it at the left edge
        Bounds text = arabic.area().localToScene(arabic.area().getLayoutBounds());
        assertThat(arabicX[2]).isGreaterThan(text.getMaxX() - 40);
        assertThat(arabicX[3]).isGreaterThan(text.getMinX() + 100);
        double[] wireX = firstAndLastWordX(robot, wire);
        Bounds wireText = wire.area().localToScene(wire.area().getLayoutBounds());
        assertThat(wireX[3]).isLessThan(wireText.getMinX() + 40);
        assertThat(arabic.area().lookupAll(".text").stream().map(n -> n.getStyleClass()).anyMatch(c -> c.contains(WordRuns.ODD)))
                .isTrue();
        // the mouse over the first word finds the first word (RichTextFX alone answers the mirror place)
        int[] hit = new int[1];
        robot.interact(() -> {
            javafx.scene.Parent flow = (javafx.scene.Parent) arabic.area().lookup(".paragraph-text");
            javafx.scene.Node first = flow.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).findFirst().orElseThrow();
            Bounds b = first.localToScreen(first.getLayoutBounds());
            hit[0] = arabic.textIndexAt(b.getCenterX(), b.getCenterY());
        });
        assertThat(hit[0]).isBetween(0, arabicText.indexOf(" "));
        // every highlight background sits over its own words
        robot.interact(() -> assertHighlightsOverTheirWords(arabic));
        // the map and the scroll bar stay on the right: only the text area turns
        assertThat(arabic.map().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        Bounds map = arabic.map().localToScene(arabic.map().getLayoutBounds());
        Bounds area = arabic.area().localToScene(arabic.area().getLayoutBounds());
        assertThat(map.getMinX()).isGreaterThan(area.getMinX());
    }

    /**
     * A paragraph's background shapes cover its highlighted words: each Text node with a finding's
     * class (all have a background) lies inside one of the paragraph's background paths (within 3 px).
     */
    private static void assertHighlightsOverTheirWords(VersionPane pane) {
        int checked = 0;
        for (javafx.scene.Node node : pane.area().lookupAll(".paragraph-text")) {
            javafx.scene.Parent flow = (javafx.scene.Parent) node;
            List<Bounds> shapes = flow.getChildrenUnmodifiable().stream()
                    .filter(n -> n.getClass().getSimpleName().equals("BackgroundPath"))
                    .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
            for (javafx.scene.Node n : flow.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.text.Text t && t.getStyleClass().stream().anyMatch(c -> c.startsWith("diff-"))
                        && !t.getText().isBlank()) {
                    Bounds w = t.localToScene(t.getLayoutBounds());
                    assertThat(shapes).as("a background over '%s'", t.getText())
                            .anySatisfy(s -> assertThat(s.getMinX() <= w.getMinX() + 3 && s.getMaxX() >= w.getMaxX() - 3
                                    && s.getMinY() <= w.getCenterY() && s.getMaxY() >= w.getCenterY()).isTrue());
                    checked++;
                }
            }
        }
        assertThat(checked).as("highlighted words checked").isPositive();
    }

    /** Scene x of the first and last Text node of the first paragraph (middles), then the line's right and left ends. */
    private static double[] firstAndLastWordX(FxRobot robot, VersionPane pane) {
        double[] x = new double[4];
        robot.interact(() -> {
            pane.area().showParagraphAtTop(0);
            pane.area().layout();
            javafx.scene.Parent flow = (javafx.scene.Parent) pane.area().lookup(".paragraph-text");
            List<javafx.scene.Node> words = flow.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text t && !t.getText().isBlank()).toList();
            Bounds first = words.get(0).localToScene(words.get(0).getLayoutBounds());
            Bounds last = words.get(words.size() - 1).localToScene(words.get(words.size() - 1).getLayoutBounds());
            x[0] = first.getCenterX();
            x[1] = last.getCenterX();
            Bounds all = flow.localToScene(flow.getLayoutBounds());
            x[2] = Math.max(first.getMaxX(), last.getMaxX()); // right end of the line
            x[3] = Math.min(first.getMinX(), last.getMinX()); // left end of the line
            if (all == null) {
                x[2] = Double.NaN;
            }
        });
        return x;
    }

    @Test
    void theSourcesListNamesEachCopysLanguageAndMarksTranslations(FxRobot robot) {
        open(robot, RTL_DESK, "01_arabic");
        assertThat(robot.lookup("#language-01_arabic").queryAs(Label.class).getText()).isEqualTo("Arabic (ar)");
        assertThat(robot.lookup("#language-00_wire").queryAs(Label.class).getText()).isEqualTo("English (en)");
        assertThat(robot.lookup(".badge-translated").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("translated from English (en)");
    }

    @Test
    void theGermanCopyStandsBesideTheWireWithTranslatedBandsAndTheMachineTranslationIsBadged(FxRobot robot) {
        open(robot, HARBOUR, "05_german");
        assertThat(window.comparison().shownSources()).containsExactly("00_wire", "05_german");
        assertThat(robot.lookup("#language-05_german").queryAs(Label.class).getText()).isEqualTo("German (de)");
        ConnectorStrip strip = window.comparison().strips().get(0);
        robot.interact(strip::redraw);
        assertThat(strip.bandCount()).isPositive();
        assertThat(strip.translatedMarkers()).isEqualTo(strip.bandCount());
        // an English copy beside the English wire is no translation, whatever its rows' relation
        robot.interact(() -> window.setShown(List.of("00_wire", "01_mt_roundtrip")));
        WaitForAsyncUtils.waitForFxEvents();
        ConnectorStrip same = window.comparison().strips().get(0);
        robot.interact(same::redraw);
        assertThat(same.bandCount()).isPositive();
        assertThat(same.translatedMarkers()).isZero();
        assertThat(robot.lookup("#mt-01_mt_roundtrip").queryAs(Label.class).getText()).isEqualTo("machine translated");
    }
}
