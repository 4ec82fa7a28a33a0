package dev.syndiff.core;

import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The one facade the CLI, the viewer and the tests call: bundle in, report out. */
public final class ComparisonPipeline {
    private final Segmenter segmenter = new Segmenter();
    private final LanguageGuess languages = new LanguageGuess();

    public ComparisonReport run(Path bundle, Options options, ProgressListener listener) {
        return run(List.of(bundle), options, listener, r -> { });
    }

    /**
     * Loads and compares; {@code early} receives the report before the slow grammar pass
     * (the viewer shows it at once), the return value is the complete report.
     */
    public ComparisonReport run(List<Path> inputs, Options options, ProgressListener listener,
                                Consumer<ComparisonReport> early) {
        listener.progress("Loading", 0.0);
        Bundle bundle = new BundleLoader(options.limits(), options.recursive()).load(inputs);
        if (bundle.sources().isEmpty()) {
            throw new NoUsableCopyException("no usable copy in " + bundle.path(), bundle.warnings());
        }
        return compare(bundle, options, listener, early);
    }

    public ComparisonReport compare(Bundle bundle, Options options, ProgressListener listener,
                                    Consumer<ComparisonReport> early) {
        List<Article> articles = new ArrayList<>();
        int n = bundle.sources().size();
        for (int i = 0; i < n; i++) {
            checkCancel(listener);
            listener.progress("Splitting copies", 0.1 + 0.3 * i / n);
            articles.add(segmenter.segment(bundle.sources().get(i)));
        }
        List<SourceSummary> summaries = new ArrayList<>();
        for (Source s : bundle.sources()) {
            summaries.add(new SourceSummary(s.id(), s.file(), s.encoding(), languages.guess(s.text()),
                    s.text().length(), true, false, List.of(), s.warnings()));
        }
        String reference = articles.get(0).id();
        ComparisonReport report = new ComparisonReport(bundle.name(), bundle.path(), reference, null,
                summaries, articles, List.of(), List.of(), List.of(), bundle.warnings(), List.of(), true);
        listener.progress("Done", 1.0);
        early.accept(report);
        return report;
    }

    private static void checkCancel(ProgressListener listener) {
        if (listener.isCancelled()) {
            throw new CancelledException();
        }
    }
}
