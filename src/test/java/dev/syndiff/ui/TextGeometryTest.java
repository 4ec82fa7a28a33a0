package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.syndiff.core.Options;
import java.util.List;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The line boxes the connector strip reads agree with RichTextFX's own character bounds (which
 * measure a stroked Path, 1.5 px outside the box) for every character in view, in both panes,
 * and paragraphs out of view are pinned just beyond the view's edges.
 */
@ExtendWith(ApplicationExtension.class)
class TextGeometryTest {
    private ViewerWindow window;

    @Start
    void start(Stage s) {
        window = TestWindow.show(s, Options.defaults(), 1100, 650);
    }

    @Test
    void everyCharacterInViewSitsWhereRichTextFxPutsIt(FxRobot robot) {
        robot.interact(() -> window.open(List.of(SyndiffApp.SAMPLE)));
        int[] measured = new int[3];
        for (int stop = 0; stop < 3; stop++) {
            robot.interact(() -> window.comparison().next());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (VersionPane pane : window.comparison().panes()) {
                    var area = pane.area();
                    TextGeometry g = TextGeometry.of(area);
                    measured[2] += g.byRank ? 1 : 0;
                    var view = area.localToScreen(area.getLayoutBounds());
                    int first = area.firstVisibleParToAllParIndex();
                    int last = area.lastVisibleParToAllParIndex();
                    for (int p = 0; p < area.getLength() - 1; p += 7) {
                        int par = area.offsetToPosition(p, TwoDimensional.Bias.Forward).getMajor();
                        if (par < first) {
                            assertThat(g.y(p, false)).isEqualTo(view.getMinY() - 4);
                            measured[1]++;
                        } else if (par > last) {
                            assertThat(g.y(p, true)).isEqualTo(view.getMaxY() + 4);
                            measured[1]++;
                        } else {
                            var bounds = area.getCharacterBoundsOnScreen(p, p + 1);
                            if (bounds.isPresent()) {
                                assertThat(g.y(p, false)).as("top of %d", p).isCloseTo(bounds.get().getMinY(), within(2.0));
                                assertThat(g.y(p, true)).as("bottom of %d", p).isCloseTo(bounds.get().getMaxY(), within(2.0));
                                measured[0]++;
                            }
                        }
                    }
                }
            });
        }
        assertThat(measured[0]).as("characters in view").isGreaterThan(100);
        assertThat(measured[1]).as("characters out of view").isGreaterThan(100);
        assertThat(measured[2]).as("geometries whose cells were paired by rank").isPositive();
    }
}
