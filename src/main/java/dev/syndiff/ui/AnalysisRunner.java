package dev.syndiff.ui;

import dev.syndiff.core.CancelledException;
import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs the pipeline off the FX thread: the fast report is shown at once, the complete one
 * replaces it; progress and cancellation go through the pipeline's listener. A newer run
 * makes the results of an older one be ignored.
 */
public final class AnalysisRunner {
    /** The pipeline facade as a seam, so tests can stand a slow or failing analysis in. */
    @FunctionalInterface
    public interface Analyzer {
        ComparisonReport run(List<Path> inputs, Options options, ProgressListener listener,
                             Consumer<ComparisonReport> early);

        Analyzer PIPELINE = (in, o, l, e) -> new ComparisonPipeline().run(in, o, l, e);

        static Analyzer pipeline() {
            return PIPELINE;
        }
    }

    /** What the window hears from a run, always on the FX thread. */
    public interface Listener {
        void report(ReportIndex index);

        void failed(Throwable error);

        void cancelled();
    }

    private final Analyzer analyzer;
    private final UiExecutors exec;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty stage = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private AtomicBoolean currentCancel = new AtomicBoolean();
    private int generation;

    public AnalysisRunner(Analyzer analyzer, UiExecutors exec) {
        this.analyzer = analyzer;
        this.exec = exec;
    }

    public void start(List<Path> inputs, Options options, Listener listener) {
        currentCancel.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        currentCancel = cancel;
        int run = ++generation;
        running.set(true);
        progress.set(ProgressIndicatorValue.INDETERMINATE);
        stage.set("Starting");
        ProgressListener pl = new ProgressListener() {
            private String lastStage;

            @Override
            public void progress(String s, double fraction) {
                if (!s.equals(lastStage)) {
                    lastStage = s;
                    FxStallProbe.mark("stage " + s);
                }
                exec.fx().execute(() -> {
                    if (run == generation) {
                        stage.set(s);
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        exec.background().execute(() -> {
            try {
                ComparisonReport[] shown = new ComparisonReport[1];
                ComparisonReport done = analyzer.run(inputs, options, pl, early -> {
                    shown[0] = early;
                    deliver(run, early, listener);
                });
                if (done != shown[0]) {
                    deliver(run, done, listener);
                }
                exec.fx().execute(() -> finish(run));
            } catch (CancelledException e) {
                exec.fx().execute(() -> {
                    if (finish(run)) {
                        listener.cancelled();
                    }
                });
            } catch (RuntimeException | Error e) {
                exec.fx().execute(() -> {
                    if (finish(run)) {
                        listener.failed(e);
                    }
                });
            }
        });
    }

    private void deliver(int run, ComparisonReport report, Listener listener) {
        if (run != generation || currentCancel.get()) {
            return;
        }
        ReportIndex index = new ReportIndex(report); // built here, on the worker
        Languages.prepare(report.sources().stream().map(s -> s.language()).toList());
        exec.fx().execute(() -> {
            if (run == generation) {
                listener.report(index);
            }
        });
    }

    private boolean finish(int run) {
        if (run != generation) {
            return false;
        }
        running.set(false);
        progress.set(0);
        return true;
    }

    public void cancel() {
        currentCancel.set(true);
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** Named constant for the progress bar's "busy, no fraction yet" value. */
    static final class ProgressIndicatorValue {
        static final double INDETERMINATE = -1;

        private ProgressIndicatorValue() {
        }
    }
}
