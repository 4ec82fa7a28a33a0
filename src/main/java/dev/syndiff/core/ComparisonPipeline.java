package dev.syndiff.core;

import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.segment.SegmentMemo;
import dev.syndiff.core.segment.Segmenter;
import dev.syndiff.core.classify.Classifier;
import dev.syndiff.core.classify.FindingRule;
import dev.syndiff.core.classify.GrammarRule;
import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.align.BundleAligner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
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
        // the language detector loads its profiles while the copies are split
        CompletableFuture<Void> warm = CompletableFuture.runAsync(() -> {
            LanguageGuess.warmUp();
            Classifier.warmUp();
        });
        listener.progress("Splitting copies", 0.1);
        SegmentMemo memo = new SegmentMemo(); // copies repeat most lines: each is read once per run
        List<Article> articles = bundle.sources().parallelStream().map(s -> {
            checkCancel(listener);
            return segmenter.segment(s, memo);
        }).toList();
        early.accept(skeleton(bundle, articles, options));
        checkCancel(listener);
        listener.progress("Telling languages", 0.35);
        warm.join();
        Map<String, String> langs = new LinkedHashMap<>();
        Map<String, List<LanguageGuess.Guess>> guessed = new ConcurrentHashMap<>(); // copies opening alike are told once
        articles.parallelStream().map(a -> Map.entry(a.id(), languages.guess(bodyText(a), guessed))).toList()
                .forEach(e -> langs.put(e.getKey(), e.getValue()));
        // sentences split again with each copy's locale, now that it is known
        articles = articles.parallelStream().map(a -> segmenter.inLanguage(a, langs.get(a.id()), memo)).toList();
        listener.progress("Aligning sentences", 0.45);
        Alignment alignment = new BundleAligner().align(articles, langs, resolveReference(bundle, options.reference()));
        checkCancel(listener);
        listener.progress("Classifying differences", 0.6);
        ComparisonReport fast = report(bundle, articles, langs, alignment, List.of(), !options.grammarPass());
        if (!options.grammarPass()) {
            listener.progress("Done", 1.0);
            early.accept(fast);
            return fast;
        }
        early.accept(fast);
        checkCancel(listener);
        listener.progress("Checking grammar", 0.75);
        GrammarRule grammar = new GrammarRule(listener, Deadline.in(options.grammarBudget()));
        ComparisonReport full = report(bundle, articles, langs, alignment, List.of(grammar), true);
        ComparisonReport report = grammar.stoppedEarly() == null ? full : full.withNotice(grammar.stoppedEarly());
        listener.progress("Done", 1.0);
        early.accept(report);
        return report;
    }

    private static ComparisonReport report(Bundle bundle, List<Article> articles, Map<String, String> langs,
                                           Alignment alignment, List<FindingRule> extra, boolean complete) {
        Classifier.Result result = new Classifier().classify(articles, alignment, langs, extra);
        List<SourceSummary> summaries = new ArrayList<>();
        for (Source s : bundle.sources()) {
            summaries.add(new SourceSummary(s.id(), s.file(), s.encoding(), langs.get(s.id()), s.text().length(),
                    alignment.sameStory().get(s.id()), result.machineTranslated().get(s.id()),
                    result.notes().get(s.id()), s.warnings()));
        }
        return new ComparisonReport(bundle.name(), bundle.path(), alignment.reference(), alignment.secondary(),
                summaries, articles, result.rows(), result.findings(), result.quotes(), bundle.warnings(),
                List.of(), complete);
    }

    /**
     * The copies split into their parts, nothing compared yet: the viewer paints the texts from
     * it at once, before the alignment is done.
     */
    private static ComparisonReport skeleton(Bundle bundle, List<Article> articles, Options options) {
        String ref = resolveReference(bundle, options.reference());
        List<SourceSummary> summaries = new ArrayList<>();
        for (Source s : bundle.sources()) {
            summaries.add(new SourceSummary(s.id(), s.file(), s.encoding(), "und", s.text().length(), true, false,
                    List.of(), s.warnings()));
        }
        return new ComparisonReport(bundle.name(), bundle.path(), ref != null ? ref : articles.get(0).id(), null,
                summaries, articles, List.of(), List.of(), List.of(), bundle.warnings(), List.of(), false);
    }

    private static String bodyText(Article a) {
        StringBuilder b = new StringBuilder();
        a.bodySentences().forEach(s -> b.append(s.text()).append('\n'));
        return b.length() > 0 ? b.toString() : a.source().text();
    }

    /** The id of the copy the user named (file name, extension optional), or null to choose. */
    static String resolveReference(Bundle bundle, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Source s : bundle.sources()) {
            if (s.id().equals(name) || s.file().equals(name) || java.nio.file.Path.of(s.file()).getFileName().toString().equals(name)) {
                return s.id();
            }
        }
        throw new IllegalArgumentException("no copy named '" + name + "' in " + bundle.path());
    }

    private static void checkCancel(ProgressListener listener) {
        if (listener.isCancelled()) {
            throw new CancelledException();
        }
    }
}
