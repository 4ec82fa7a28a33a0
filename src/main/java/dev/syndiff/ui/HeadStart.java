package dev.syndiff.ui;

import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.SourceSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The copies' text on screen first. The bundle is read while the JavaFX toolkit starts; the
 * window's first run shows it at once as a text-only report (no parts, no findings), and the
 * analysis itself starts once those panes are painted (or after {@link #GATE_MS} ms), so on a
 * two-core machine it does not take the CPU from the window's first layout (measured: starting
 * it, or only the language profiles, alongside the toolkit made the window later, not sooner). Any other run
 * goes to the analyzer as usual.
 */
final class HeadStart implements AnalysisRunner.Analyzer {
    static final long GATE_MS = 10_000;
    private final AnalysisRunner.Analyzer inner;
    private final List<Path> inputs;
    private final Options options;
    private final CompletableFuture<ComparisonReport> text = new CompletableFuture<>();
    private final CountDownLatch painted = new CountDownLatch(1);
    private boolean claimed;

    HeadStart(AnalysisRunner.Analyzer inner, List<Path> inputs, Options options) {
        this.inner = inner;
        this.inputs = List.copyOf(inputs);
        this.options = options;
    }

    /** Starts reading {@code inputs} now, on a thread of its own. */
    static HeadStart begin(AnalysisRunner.Analyzer inner, List<Path> inputs, Options options) {
        HeadStart h = new HeadStart(inner, inputs, options);
        // only the reading: anything heavier here (the language profiles) slows the toolkit's start
        Thread t = new Thread(() -> h.read(() -> new BundleLoader(options.limits(), options.recursive()).load(inputs)),
                "syndiff-head-start");
        t.setDaemon(true);
        t.start();
        return h;
    }

    void read(java.util.function.Supplier<Bundle> loader) {
        try {
            Bundle b = loader.get();
            text.complete(b.sources().isEmpty() ? null : textOnly(b, options.reference()));
        } catch (RuntimeException e) {
            text.complete(null); // the real run reads it again and reports the problem
        }
    }

    /**
     * The text-only report once the copies are read, if that takes at most {@code ms} ms from
     * now; else null (the run shows it when it comes). A failed read is null too.
     */
    ComparisonReport textWithin(long ms) {
        try {
            return text.get(ms, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The first panes are on screen: the analysis may have the CPU. */
    void painted() {
        painted.countDown();
    }

    @Override
    public ComparisonReport run(List<Path> in, Options o, ProgressListener l, Consumer<ComparisonReport> e) {
        synchronized (this) {
            if (claimed || !in.equals(inputs) || !o.equals(options)) {
                return inner.run(in, o, l, e);
            }
            claimed = true;
        }
        ComparisonReport shown = text.join();
        if (shown != null) {
            l.progress("Reading", 0.05);
            e.accept(shown);
            try {
                painted.await(GATE_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        }
        return inner.run(in, o, l, e);
    }

    /** Each copy as one unsplit text; the reference is the one asked for, else the first. */
    static ComparisonReport textOnly(Bundle b, String referenceName) {
        String ref = b.sources().get(0).id();
        for (Source s : b.sources()) {
            if (referenceName != null && (s.id().equals(referenceName) || s.file().equals(referenceName)
                    || Path.of(s.file()).getFileName().toString().equals(referenceName))) {
                ref = s.id();
            }
        }
        List<SourceSummary> summaries = b.sources().stream().map(s -> new SourceSummary(s.id(), s.file(), s.encoding(),
                "und", s.text().length(), true, false, List.of(), s.warnings())).toList();
        List<Article> articles = b.sources().stream().map(s -> new Article(s, List.of(), List.of())).toList();
        return new ComparisonReport(b.name(), b.path(), ref, null, summaries, articles, List.of(), List.of(), List.of(),
                b.warnings(), List.of(), false);
    }
}
