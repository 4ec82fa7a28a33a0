package dev.syndiff.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where work runs: slow work on {@code background}, results on {@code fx}. Tests pass a
 * synchronous pair (as JabRef does), so nothing in them waits on a clock.
 */
public record UiExecutors(Executor background, Executor fx) {
    public static UiExecutors production() {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "syndiff-worker");
            t.setDaemon(true);
            return t;
        });
        return new UiExecutors(pool, Platform::runLater);
    }

    public static UiExecutors synchronous() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }
}
