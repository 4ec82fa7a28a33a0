package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Span;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A jump selects the change in the first pane at once and in the other panes one frame later,
 * so no frame lays out a screenful of new cells in every pane; a newer jump drops an older
 * jump's pending half.
 */
@ExtendWith(ApplicationExtension.class)
class RevealFramesTest {
    private final Queue<Runnable> afterPaint = new ArrayDeque<>();

    private ComparisonView shown(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ComparisonView view = new ComparisonView(new UiExecutors(Runnable::run, Runnable::run, afterPaint::add));
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all()));
        afterPaint.clear(); // nothing but the (absent) side lists waits there
        return view;
    }

    private static Span selected(VersionPane pane) {
        var r = pane.area().getSelection();
        return new Span(pane.document().toSource(r.getStart()), pane.document().toSource(r.getEnd()));
    }

    @Test
    void theOtherPanesFollowAFrameLater(FxRobot robot) {
        ComparisonView view = shown(robot);
        ChangeIndex.Stop stop = view.changes().stops().stream()
                .filter(s -> s.spans().containsKey(ReportFixture.REF) && s.spans().containsKey(ReportFixture.DAILY))
                .findFirst().orElseThrow();
        VersionPane ref = view.pane(ReportFixture.REF);
        VersionPane daily = view.pane(ReportFixture.DAILY);

        robot.interact(() -> view.reveal(stop.spans()));
        assertThat(selected(ref)).isEqualTo(stop.spans().get(ReportFixture.REF));
        assertThat(daily.area().getSelection().getLength()).isZero();
        assertThat(afterPaint).hasSize(1);

        robot.interact(() -> afterPaint.poll().run());
        assertThat(selected(daily)).isEqualTo(stop.spans().get(ReportFixture.DAILY));
    }

    @Test
    void withThreePanesEachFollowerGetsAFrameOfItsOwn(FxRobot robot) {
        Queue<Runnable> nextFrame = new ArrayDeque<>();
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ComparisonView view = new ComparisonView(new UiExecutors(Runnable::run, Runnable::run, afterPaint::add, nextFrame::add));
        List<String> shown = List.of(ReportFixture.REF, ReportFixture.DAILY, ReportFixture.MT);
        robot.interact(() -> view.show(idx, shown, Filters.all()));
        while (!nextFrame.isEmpty()) {
            robot.interact(() -> nextFrame.poll().run()); // the panes' own frames
        }
        afterPaint.clear();
        ChangeIndex.Stop stop = view.changes().stops().stream()
                .filter(s -> shown.stream().allMatch(id -> s.spans().containsKey(id)))
                .findFirst().orElseThrow();

        robot.interact(() -> view.reveal(stop.spans()));
        assertThat(selected(view.pane(ReportFixture.REF))).isEqualTo(stop.spans().get(ReportFixture.REF));
        assertThat(view.pane(ReportFixture.DAILY).area().getSelection().getLength()).isZero();
        robot.interact(() -> afterPaint.poll().run());
        assertThat(selected(view.pane(ReportFixture.DAILY))).isEqualTo(stop.spans().get(ReportFixture.DAILY));
        assertThat(view.pane(ReportFixture.MT).area().getSelection().getLength()).isZero();
        robot.interact(() -> nextFrame.poll().run());
        assertThat(selected(view.pane(ReportFixture.MT))).isEqualTo(stop.spans().get(ReportFixture.MT));
        assertThat(view.scrollSync().isHeld()).isTrue(); // until the jump's last step
        robot.interact(() -> nextFrame.poll().run());
        assertThat(nextFrame).isEmpty();
        assertThat(view.scrollSync().isHeld()).isFalse();
    }

    @Test
    void aNewerJumpDropsTheRestOfAnOlderOne(FxRobot robot) {
        ComparisonView view = shown(robot);
        List<Map<String, Span>> both = view.changes().stops().stream().map(ChangeIndex.Stop::spans)
                .filter(s -> s.containsKey(ReportFixture.REF) && s.containsKey(ReportFixture.DAILY))
                .filter(s -> !s.get(ReportFixture.DAILY).equals(new Span(0, 0))).limit(2).toList();
        assertThat(both).hasSize(2);
        assertThat(both.get(0).get(ReportFixture.DAILY)).isNotEqualTo(both.get(1).get(ReportFixture.DAILY));
        VersionPane daily = view.pane(ReportFixture.DAILY);

        robot.interact(() -> view.reveal(both.get(0)));
        robot.interact(() -> view.reveal(both.get(1)));
        robot.interact(() -> afterPaint.poll().run()); // the older jump's half: dropped
        assertThat(daily.area().getSelection().getLength()).isZero();
        robot.interact(() -> afterPaint.poll().run());
        assertThat(selected(daily)).isEqualTo(both.get(1).get(ReportFixture.DAILY));
        assertThat(view.scrollSync().isHeld()).isFalse();
    }
}
