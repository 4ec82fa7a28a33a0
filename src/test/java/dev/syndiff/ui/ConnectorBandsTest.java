package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.syndiff.core.Options;
import dev.syndiff.core.model.Span;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The strip measures only rows that can show, and still draws every band a reader can see:
 * at each change stop its bands are those of a direct measurement of every row with RichTextFX's
 * own character bounds, less the ones squeezed to nothing beyond one edge of both panes.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorBandsTest {
    private ViewerWindow window;

    @Start
    void start(Stage s) {
        window = TestWindow.show(s, Options.defaults(), 1200, 700);
    }

    @Test
    void theBandsInViewAreAllDrawn(FxRobot robot) {
        robot.interact(() -> window.open(List.of(SyndiffApp.SAMPLE)));
        int drawnSomewhere = 0;
        int most = 0;
        java.util.Set<javafx.scene.shape.Path> made = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int step = 0; step < 8; step++) {
            robot.interact(() -> window.comparison().next());
            WaitForAsyncUtils.waitForFxEvents();
            List<List<Double>> tops = new java.util.ArrayList<>();
            robot.interact(() -> {
                ConnectorStrip strip = window.comparison().strips().get(0);
                strip.redraw();
                tops.add(strip.bands().stream().map(n -> ((javafx.scene.shape.MoveTo) n.getElements().get(0)).getY()).toList());
                made.addAll(strip.bands());
                tops.add(visibleBands(strip, window.comparison().panes().get(0), window.comparison().panes().get(1)));
            });
            // the same bands, each starting where RichTextFX's own measurement puts its left top
            // (that one measures a stroked Path, 1.5 px outside the line box the strip reads)
            assertThat(tops.get(0)).as("band tops at stop %d", step).hasSameSizeAs(tops.get(1));
            for (int i = 0; i < tops.get(0).size(); i++) {
                assertThat(tops.get(0).get(i)).as("band %d at stop %d", i, step).isCloseTo(tops.get(1).get(i), within(2.0));
            }
            drawnSomewhere += tops.get(0).size();
            most = Math.max(most, tops.get(0).size());
        }
        assertThat(drawnSomewhere).isPositive();
        assertThat(made).as("bands are moved from one drawing to the next, not made again").hasSizeLessThanOrEqualTo(most);
        assertThat(drawnSomewhere).as("the stops drew more bands in all than any one drawing").isGreaterThan(most);
    }

    /** Every row measured directly (the left tops of the visible bands); a band with both ends pinned to the same edges is not visible. */
    private List<Double> visibleBands(ConnectorStrip strip, VersionPane l, VersionPane r) {
        List<Double> n = new java.util.ArrayList<>();
        for (ReportIndex.RowBlock b : window.index().blocks(l.source())) {
            Span other = window.index().blockSpan(b.row(), r.source());
            if (other == null) {
                continue;
            }
            double l0 = y(strip, l, b.span().start(), false);
            double l1 = y(strip, l, b.span().end() - 1, true);
            double r0 = y(strip, r, other.start(), false);
            double r1 = y(strip, r, other.end() - 1, true);
            boolean squeezed = l0 == l1 && r0 == r1;
            if (!(Math.max(l1, r1) < 0 || Math.min(l0, r0) > strip.getHeight()) && !squeezed) {
                n.add(l0);
            }
        }
        return n;
    }

    private static double y(ConnectorStrip strip, VersionPane pane, int sourceOffset, boolean bottom) {
        var area = pane.area();
        Bounds view = area.localToScreen(area.getLayoutBounds());
        int p = Math.max(0, Math.min(pane.document().toPane(sourceOffset), area.getLength() - 1));
        int par = area.offsetToPosition(p, TwoDimensional.Bias.Forward).getMajor();
        double screen;
        if (par < area.firstVisibleParToAllParIndex()) {
            screen = view.getMinY() - 4;
        } else if (par > area.lastVisibleParToAllParIndex()) {
            screen = view.getMaxY() + 4;
        } else {
            screen = area.getCharacterBoundsOnScreen(p, Math.min(p + 1, area.getLength()))
                    .map(b -> bottom ? b.getMaxY() : b.getMinY()).orElse(bottom ? view.getMaxY() + 4 : view.getMinY() - 4);
        }
        var local = strip.screenToLocal(0, screen);
        return local == null ? 0 : local.getY();
    }
}
