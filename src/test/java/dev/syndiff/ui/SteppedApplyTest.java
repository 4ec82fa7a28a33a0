package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Source;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Report application is split into FX tasks (one pane each), and the first analysis can run
 * ahead of the window. The FX executor here is a queue the test drains by hand, so each
 * task's effect is seen on its own; nothing waits on a clock.
 */
@ExtendWith(ApplicationExtension.class)
class SteppedApplyTest {
    private final Queue<Runnable> fxTasks = new ArrayDeque<>();
    private final List<String> builtOn = new ArrayList<>();

    @Test
    void eachPaneIsFilledInItsOwnFxTaskAndTheProjectionIsBuiltOnTheWorker(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        UiExecutors exec = new UiExecutors(r -> {
            builtOn.add("worker");
            r.run();
        }, fxTasks::add);
        ComparisonView view = new ComparisonView(exec);
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY, ReportFixture.MT), Filters.all()));

        assertThat(builtOn).containsExactly("worker"); // texts, styles, marks and change index: one background job
        assertThat(view.panes()).hasSize(3).allSatisfy(p -> assertThat(p.area().getLength()).isZero());
        assertThat(fxTasks).hasSize(1);

        for (int filled = 1; filled <= 3; filled++) {
            robot.interact(() -> fxTasks.poll().run());
            List<VersionPane> panes = view.panes();
            for (int i = 0; i < panes.size(); i++) {
                assertThat(panes.get(i).area().getLength() > 0).as("pane %d after %d tasks", i, filled).isEqualTo(i < filled);
            }
            assertThat(view.rendersProperty().get()).isZero();
        }
        assertThat(view.changes()).isNull();
        robot.interact(() -> fxTasks.poll().run()); // the last task: change index and connector strips
        assertThat(view.rendersProperty().get()).isEqualTo(1);
        assertThat(view.changes().size()).isPositive();
        assertThat(fxTasks).isEmpty();
    }

    @Test
    void theListsAreFilledOnlyAfterThePanes(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ViewerPrefs prefs = new ViewerPrefs(java.util.prefs.Preferences.userRoot().node("dev/syndiff/test/" + java.util.UUID.randomUUID()));
        ViewerWindow[] w = new ViewerWindow[1];
        robot.interact(() -> {
            w[0] = new ViewerWindow((in, o, l, e) -> idx.report(), new UiExecutors(Runnable::run, fxTasks::add), prefs, Options.defaults());
            w[0].showReport(idx);
        });
        int panes = w[0].comparison().panes().size();
        for (int i = 0; i <= panes; i++) { // a task per pane, then the change index and strips
            assertThat(w[0].findings().table().getItems()).as("after %d tasks", i).isEmpty();
            assertThat(w[0].sources().boxes()).isEmpty();
            robot.interact(() -> fxTasks.poll().run());
        }
        assertThat(w[0].comparison().rendersProperty().get()).isEqualTo(1);
        while (!fxTasks.isEmpty()) {
            robot.interact(() -> fxTasks.poll().run());
        }
        assertThat(w[0].findings().table().getItems()).isNotEmpty();
        assertThat(w[0].sources().boxes()).hasSize(idx.report().sources().size());
    }

    @Test
    void theSidePanelsJoinTheWindowOnlyAfterThePanesArePainted(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ViewerPrefs prefs = new ViewerPrefs(java.util.prefs.Preferences.userRoot().node("dev/syndiff/test/" + java.util.UUID.randomUUID()));
        Queue<Runnable> afterPaint = new ArrayDeque<>();
        ViewerWindow[] w = new ViewerWindow[1];
        robot.interact(() -> {
            w[0] = new ViewerWindow((in, o, l, e) -> idx.report(), new UiExecutors(Runnable::run, fxTasks::add, afterPaint::add),
                    prefs, Options.defaults());
            w[0].showReport(idx);
        });
        while (!fxTasks.isEmpty()) {
            if (w[0].comparison().rendersProperty().get() == 0) {
                assertThat(afterPaint).as("nothing waits for a paint before the panes are filled").isEmpty();
            }
            robot.interact(() -> fxTasks.poll().run());
        }
        assertThat(w[0].comparison().rendersProperty().get()).isEqualTo(1);
        assertThat(w[0].sidePanelsPlaced()).isZero();
        // then a frame per step: the findings, the sources list a few copies at a time, the ledger,
        // and the side panels joining the window a frame apart
        int frames = frames(robot, afterPaint);
        assertThat(w[0].sidePanelsPlaced()).isEqualTo(2);
        assertThat(w[0].findings().table().getItems()).isNotEmpty();
        assertThat(w[0].sources().boxes()).hasSize(idx.report().sources().size());
        assertThat(frames).as("frames the lists took").isGreaterThanOrEqualTo(5);
        robot.interact(() -> w[0].showReport(new ReportIndex(ReportFixture.report()))); // a fuller report of the same copies
        while (!fxTasks.isEmpty()) {
            robot.interact(() -> fxTasks.poll().run());
        }
        frames(robot, afterPaint);
        assertThat(w[0].sidePanelsPlaced()).as("placed once").isEqualTo(2);
    }

    @Test
    void aFirstReportShownBeforeTheWindowIsFillsEveryPaneAtOnceAndIsNotAppliedAgain(FxRobot robot) {
        ComparisonReport report = ReportFixture.report();
        ViewerPrefs prefs = new ViewerPrefs(java.util.prefs.Preferences.userRoot().node("dev/syndiff/test/" + java.util.UUID.randomUUID()));
        Queue<Runnable> afterPaint = new ArrayDeque<>();
        ViewerWindow[] w = new ViewerWindow[1];
        robot.interact(() -> {
            w[0] = new ViewerWindow((in, o, l, e) -> report, new UiExecutors(Runnable::run, fxTasks::add, afterPaint::add),
                    prefs, Options.defaults());
            w[0].showFirst(report);
        });
        ComparisonView view = w[0].comparison();
        assertThat(view.panes()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.area().getLength()).isPositive());
        assertThat(fxTasks).as("no pane waits for a frame").isEmpty();
        assertThat(w[0].sidePanelsPlaced()).as("the side panels are in the window before it is shown").isEqualTo(2);
        assertThat(view.rendersProperty().get()).isEqualTo(1);
        int steps = view.paneStepsProperty().get();
        assertThat(steps).isEqualTo(view.panes().size());

        robot.interact(() -> w[0].showReport(new ReportIndex(report))); // the run delivers the same report
        assertThat(fxTasks).isEmpty();
        assertThat(view.paneStepsProperty().get()).isEqualTo(steps);

        robot.interact(() -> w[0].showReport(new ReportIndex(ReportFixture.report()))); // a new report is applied as ever
        assertThat(fxTasks).isNotEmpty();
    }

    /** Plays frames (and the FX tasks they queue) until nothing waits; returns how many. */
    private int frames(FxRobot robot, Queue<Runnable> afterPaint) {
        int frames = 0;
        while (!afterPaint.isEmpty() && frames < 200) {
            robot.interact(() -> afterPaint.poll().run());
            while (!fxTasks.isEmpty()) {
                robot.interact(() -> fxTasks.poll().run());
            }
            frames++;
        }
        assertThat(afterPaint).isEmpty();
        return frames;
    }

    @Test
    void aNewerRefreshMakesTheRestOfAnOlderOneDropOut(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ComparisonView view = new ComparisonView(new UiExecutors(Runnable::run, fxTasks::add));
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all()));
        robot.interact(() -> fxTasks.poll().run()); // first pane of the first refresh
        robot.interact(view::refresh);
        while (!fxTasks.isEmpty()) {
            robot.interact(() -> fxTasks.poll().run());
        }
        assertThat(view.rendersProperty().get()).isEqualTo(1); // only the newer refresh finished
        assertThat(view.panes()).allSatisfy(p -> assertThat(p.area().getLength()).isPositive());
    }

    @Test
    void theFirstRunShowsTheTextAtOnceAndAnalysesOnceThePanesArePainted() throws Exception {
        ComparisonReport full = ReportFixture.report();
        CountDownLatch analysing = new CountDownLatch(1);
        List<Path> ran = new ArrayList<>();
        AnalysisRunner.Analyzer inner = (in, o, l, early) -> {
            ran.add(in.get(0));
            analysing.countDown();
            early.accept(full);
            return full;
        };
        Options opts = Options.defaults().withReference("b.txt");
        HeadStart head = new HeadStart(inner, List.of(Path.of("bundle")), opts);
        head.read(() -> new Bundle("bundle", "/tmp/bundle", List.of(
                new Source("a", "a.txt", "First copy.", "UTF-8", List.of()),
                new Source("b", "b.txt", "Second copy.", "UTF-8", List.of())), List.of()));

        List<ComparisonReport> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch textShown = new CountDownLatch(1);
        Thread worker = new Thread(() -> head.run(List.of(Path.of("bundle")), opts, ProgressListener.NONE, r -> {
            seen.add(r);
            textShown.countDown();
        }));
        worker.start();
        assertThat(textShown.await(30, TimeUnit.SECONDS)).isTrue();
        ComparisonReport text = seen.get(0);
        assertThat(text.reference()).isEqualTo("b"); // the reference asked for
        assertThat(text.articles()).extracting(a -> a.source().text()).containsExactly("First copy.", "Second copy.");
        assertThat(text.articles()).allSatisfy(a -> assertThat(a.segments()).isEmpty());
        assertThat(text.findings()).isEmpty();
        assertThat(analysing.getCount()).isOne(); // waiting for the panes to be painted

        head.painted();
        worker.join(30_000);
        assertThat(seen).containsExactly(text, full);
        assertThat(ran).containsExactly(Path.of("bundle"));
        // any later run (another bundle, or the same one again) is just the analyzer's
        assertThat(head.run(List.of(Path.of("bundle")), opts, ProgressListener.NONE, r -> { })).isSameAs(full);
        assertThat(ran).containsExactly(Path.of("bundle"), Path.of("bundle"));
    }

    @Test
    void theTextIsHandedOverBeforeTheWindowIsShownOnlyOnceItIsRead() {
        Options opts = Options.defaults();
        HeadStart head = new HeadStart((in, o, l, e) -> null, List.of(Path.of("bundle")), opts);
        assertThat(head.textWithin(20)).as("nothing read yet").isNull();
        head.read(() -> new Bundle("bundle", "/tmp/bundle", List.of(
                new Source("a", "a.txt", "First copy.", "UTF-8", List.of())), List.of()));
        assertThat(head.textWithin(0).articles()).extracting(a -> a.source().text()).containsExactly("First copy.");

        HeadStart failed = new HeadStart((in, o, l, e) -> null, List.of(Path.of("bundle")), opts);
        failed.read(() -> {
            throw new IllegalStateException("unreadable");
        });
        assertThat(failed.textWithin(0)).as("a failed read: the run reports it").isNull();
    }

    @Test
    void theFindingsListSaysTheCopiesAreBeingComparedUntilTheyAre(FxRobot robot) {
        ComparisonReport full = ReportFixture.report();
        ComparisonReport text = HeadStart.textOnly(new Bundle("bundle", "/tmp/bundle", List.of(
                new Source("a", "a.txt", "First copy.", "UTF-8", List.of())), List.of()), null);
        FindingsPanel panel = new FindingsPanel(new TriageBook(new UiExecutors(Runnable::run, Runnable::run), m -> { }), f -> { });
        robot.interact(() -> panel.setReport(new ReportIndex(text), Filters.all(), false));
        assertThat(((javafx.scene.control.Label) panel.table().getPlaceholder()).getText()).isEqualTo(FindingsPanel.COMPARING);
        robot.interact(() -> panel.setReport(new ReportIndex(full), Filters.all(), false));
        assertThat(((javafx.scene.control.Label) panel.table().getPlaceholder()).getText()).isEqualTo(FindingsPanel.NONE_SHOWN);
    }
}
