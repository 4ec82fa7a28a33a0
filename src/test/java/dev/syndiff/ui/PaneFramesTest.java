package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A report's panes are filled one per frame: the first at once, each next one on the next
 * frame, then the strips and change index a frame later; so no pulse lays out two panes' new text.
 */
@ExtendWith(ApplicationExtension.class)
class PaneFramesTest {
    @Test
    void eachPaneGetsAFrameOfItsOwn(FxRobot robot) {
        Queue<Runnable> fx = new ArrayDeque<>();
        Queue<Runnable> nextFrame = new ArrayDeque<>();
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ComparisonView view = new ComparisonView(new UiExecutors(Runnable::run, fx::add, Runnable::run, nextFrame::add));
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY, ReportFixture.MT), Filters.all()));
        assertThat(fx).hasSize(1); // the projections, computed off the FX thread
        assertThat(nextFrame).isEmpty();

        robot.interact(() -> fx.poll().run());
        assertThat(view.panes().get(0).area().getLength()).isPositive();
        assertThat(view.panes().get(1).area().getLength()).isZero();
        assertThat(nextFrame).hasSize(1);

        robot.interact(() -> nextFrame.poll().run());
        assertThat(view.panes().get(1).area().getLength()).isPositive();
        assertThat(view.panes().get(2).area().getLength()).isZero();

        robot.interact(() -> nextFrame.poll().run());
        assertThat(view.panes().get(2).area().getLength()).isPositive();
        assertThat(view.rendersProperty().get()).isZero();

        robot.interact(() -> nextFrame.poll().run());
        assertThat(view.rendersProperty().get()).isEqualTo(1);
        assertThat(view.changes()).isNotNull();
        assertThat(nextFrame).isEmpty();
        assertThat(fx).isEmpty();
    }
}
