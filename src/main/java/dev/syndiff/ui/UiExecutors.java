package dev.syndiff.ui;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where work runs: slow work on {@code background}, results on {@code fx}, what can wait
 * until the window's next frame is on screen on {@code afterPaint}, and the next step of work
 * split over frames on {@code nextFrame} (its own pulse, with no frame painted in between).
 * Tests pass synchronous executors (as JabRef does), so nothing in them waits on a clock.
 */
public record UiExecutors(Executor background, Executor fx, Executor afterPaint, Executor nextFrame) {
    /** Work that can wait for the next frame runs as soon as any other FX work. */
    public UiExecutors(Executor background, Executor fx) {
        this(background, fx, fx);
    }

    /** The next step of split work runs as soon as any other FX work. */
    public UiExecutors(Executor background, Executor fx, Executor afterPaint) {
        this(background, fx, afterPaint, fx);
    }

    /** Runs {@code tasks} on {@code afterPaint}, one a frame, in order (each task's layout and CSS in a pulse of its own). */
    public void oneAFrame(List<Runnable> tasks) {
        oneAFrame(tasks, 0);
    }

    private void oneAFrame(List<Runnable> tasks, int i) {
        if (i < tasks.size()) {
            afterPaint.execute(() -> {
                FxStallProbe.mark("frame task " + i);
                tasks.get(i).run();
                oneAFrame(tasks, i + 1);
            });
        }
    }

    public static UiExecutors production() {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "syndiff-worker");
            t.setDaemon(true);
            return t;
        });
        return new UiExecutors(pool, Platform::runLater, r -> Platform.runLater(() -> Pulses.after(2, r)),
                r -> Platform.runLater(() -> Pulses.after(1, r)));
    }

    public static UiExecutors synchronous() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }
}
