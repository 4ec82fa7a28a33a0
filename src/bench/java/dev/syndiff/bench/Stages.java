package dev.syndiff.bench;

import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.classify.Classifier;
import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.segment.SegmentMemo;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipeline's fast path taken apart, stage by stage, the way ComparisonPipeline.compare runs it (with its per-run memos). */
final class Stages {
    final Bundle bundle;
    final List<Article> articles = new ArrayList<>();
    final Map<String, String> langs = new LinkedHashMap<>();
    Alignment alignment;
    Classifier.Result result;
    final long[] nanos = new long[5];
    /** CPU time of this (single) thread per stage. */
    final long[] cpu = new long[5];
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final String[] NAMES = {"load", "segment", "language", "align", "classify"};

    Stages(Path dir) {
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        bundle = load(dir);
        nanos[0] = System.nanoTime() - t0;
        cpu[0] = THREADS.getCurrentThreadCpuTime() - c0;
    }

    static Bundle load(Path dir) {
        return new BundleLoader(LoadLimits.defaults(), false).load(List.of(dir));
    }

    Stages runAll() {
        long c = THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        Segmenter segmenter = new Segmenter();
        SegmentMemo memo = new SegmentMemo();
        bundle.sources().forEach(s -> articles.add(segmenter.segment(s, memo)));
        nanos[1] = System.nanoTime() - t;
        cpu[1] = THREADS.getCurrentThreadCpuTime() - c;
        c = THREADS.getCurrentThreadCpuTime();
        t = System.nanoTime();
        LanguageGuess guess = new LanguageGuess();
        Map<String, java.util.List<LanguageGuess.Guess>> guessed = new java.util.HashMap<>();
        for (Article a : articles) {
            StringBuilder b = new StringBuilder();
            a.bodySentences().forEach(s -> b.append(s.text()).append('\n'));
            langs.put(a.id(), guess.guess(b.length() > 0 ? b.toString() : a.source().text(), guessed));
        }
        articles.replaceAll(a -> segmenter.inLanguage(a, langs.get(a.id()), memo));
        nanos[2] = System.nanoTime() - t;
        cpu[2] = THREADS.getCurrentThreadCpuTime() - c;
        c = THREADS.getCurrentThreadCpuTime();
        t = System.nanoTime();
        alignment = new BundleAligner().align(articles, langs, null);
        nanos[3] = System.nanoTime() - t;
        cpu[3] = THREADS.getCurrentThreadCpuTime() - c;
        c = THREADS.getCurrentThreadCpuTime();
        t = System.nanoTime();
        result = new Classifier().classify(articles, alignment, langs, List.of());
        nanos[4] = System.nanoTime() - t;
        cpu[4] = THREADS.getCurrentThreadCpuTime() - c;
        c = THREADS.getCurrentThreadCpuTime();
        return this;
    }

    String summary() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            b.append(' ').append(NAMES[i]).append("Ms=").append(nanos[i] / 1_000_000);
        }
        return b.toString();
    }
}
