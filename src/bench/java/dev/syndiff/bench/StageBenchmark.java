package dev.syndiff.bench;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.classify.Classifier;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.segment.Segmenter;
import dev.syndiff.core.segment.SentenceSplitter;
import dev.syndiff.export.HtmlReportWriter;
import dev.syndiff.export.JsonReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of the fast pipeline on one bundle: the harbour-strike test bundle (6 real
 * copies) and a synthetic 20 × 800 bundle. Inputs of each stage are prepared once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class StageBenchmark {
    @Param({"harbour-strike", "20x800"})
    public String bundleName;

    private Path dir;
    private Bundle bundle;
    private Stages prepared;
    private ComparisonReport report;
    private final Options fast = Options.defaults().withGrammarPass(false);

    @Setup(Level.Trial)
    public void setUp() {
        dir = bundleName.equals("harbour-strike") ? Path.of("samples/harbour-strike")
                : BenchBundles.bundle(Integer.parseInt(bundleName.split("x")[0]), Integer.parseInt(bundleName.split("x")[1]));
        prepared = new Stages(dir).runAll();
        bundle = prepared.bundle;
        report = new ComparisonPipeline().compare(bundle, fast, ProgressListener.NONE, r -> { });
    }

    @Benchmark
    public Bundle load() {
        return Stages.load(dir);
    }

    @Benchmark
    public List<Article> segment() {
        Segmenter segmenter = new Segmenter();
        List<Article> out = new ArrayList<>();
        bundle.sources().forEach(s -> out.add(segmenter.segment(s)));
        return out;
    }

    /** The splitter alone, over the body sentences' region of each copy (its whole text). */
    @Benchmark
    public int splitSentences() {
        SentenceSplitter splitter = new SentenceSplitter();
        int n = 0;
        for (Article a : prepared.articles) {
            String text = a.source().text();
            n += splitter.split(text, new Span(0, text.length())).size();
        }
        return n;
    }

    @Benchmark
    public Alignment align() {
        return new BundleAligner().align(prepared.articles, prepared.langs, null);
    }

    @Benchmark
    public Classifier.Result classify() {
        return new Classifier().classify(prepared.articles, prepared.alignment, prepared.langs, List.of());
    }

    @Benchmark
    public ComparisonReport pipeline() {
        return new ComparisonPipeline().run(List.of(dir), fast, ProgressListener.NONE, r -> { });
    }

    @Benchmark
    public byte[] jsonExport() {
        return new JsonReportWriter().toBytes(report);
    }

    @Benchmark
    public byte[] htmlExport() {
        return new HtmlReportWriter().toBytes(report, List.of());
    }
}
