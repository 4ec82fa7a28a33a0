package dev.syndiff.ui;

import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The first analysis, started before the JavaFX toolkit is up (loading, splitting and the
 * language profiles overlap the toolkit's start). The window's first run with the same inputs
 * attaches to it: the reports delivered so far are replayed, later ones and the progress are
 * passed through, and cancelling the window's run cancels this one. Any other run goes to the
 * analyzer as usual.
 */
final class HeadStart implements AnalysisRunner.Analyzer {
    private final AnalysisRunner.Analyzer inner;
    private final List<Path> inputs;
    private final Options options;
    private final List<ComparisonReport> delivered = new ArrayList<>();
    private final CompletableFuture<ComparisonReport> result = new CompletableFuture<>();
    private ProgressListener listener;
    private Consumer<ComparisonReport> early;
    private String stage = "Loading";
    private double fraction;
    private boolean claimed;

    private HeadStart(AnalysisRunner.Analyzer inner, List<Path> inputs, Options options) {
        this.inner = inner;
        this.inputs = List.copyOf(inputs);
        this.options = options;
    }

    /** Starts analysing {@code inputs} now, on a thread of its own. */
    static HeadStart begin(AnalysisRunner.Analyzer inner, List<Path> inputs, Options options) {
        HeadStart h = new HeadStart(inner, inputs, options);
        Thread t = new Thread(h::runAhead, "syndiff-head-start");
        t.setDaemon(true);
        t.start();
        return h;
    }

    private void runAhead() {
        ProgressListener ahead = new ProgressListener() {
            @Override
            public void progress(String s, double f) {
                ProgressListener l;
                synchronized (HeadStart.this) {
                    stage = s;
                    fraction = f;
                    l = listener;
                }
                if (l != null) {
                    l.progress(s, f);
                }
            }

            @Override
            public boolean isCancelled() {
                ProgressListener l;
                synchronized (HeadStart.this) {
                    l = listener;
                }
                return l != null && l.isCancelled();
            }
        };
        try {
            result.complete(inner.run(inputs, options, ahead, this::deliver));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private void deliver(ComparisonReport report) {
        Consumer<ComparisonReport> e;
        synchronized (this) {
            e = early;
            if (e == null) {
                delivered.add(report);
                return;
            }
        }
        e.accept(report);
    }

    @Override
    public ComparisonReport run(List<Path> in, Options o, ProgressListener l, Consumer<ComparisonReport> e) {
        List<ComparisonReport> replay;
        synchronized (this) {
            if (claimed || !in.equals(inputs) || !o.equals(options)) {
                return inner.run(in, o, l, e);
            }
            claimed = true;
            l.progress(stage, fraction);
            // only the fullest report so far: the earlier ones would be painted and at once replaced
            replay = delivered.isEmpty() ? List.of() : List.of(delivered.get(delivered.size() - 1));
            delivered.clear();
            replay.forEach(e);
            listener = l;
            early = e;
        }
        try {
            return result.join();
        } catch (CompletionException x) {
            if (x.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (x.getCause() instanceof Error err) {
                throw err;
            }
            throw x;
        }
    }
}
