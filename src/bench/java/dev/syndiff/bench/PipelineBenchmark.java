package dev.syndiff.bench;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import java.nio.file.Path;
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

/** The whole fast pipeline (load to report) on synthetic bundles, and the plain word-diff baseline beside it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class PipelineBenchmark {
    @Param({"5x800", "20x800", "100x800"})
    public String size;

    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws java.io.IOException {
        String[] nw = size.split("x");
        dir = BenchBundles.bundle(Integer.parseInt(nw[0]), Integer.parseInt(nw[1]));
    }

    @Benchmark
    public ComparisonReport syndiffFast() {
        return new ComparisonPipeline().run(List.of(dir), Options.defaults().withGrammarPass(false), ProgressListener.NONE, r -> { });
    }

    @Benchmark
    public int wordDiffBaseline() {
        return Baselines.plainWordDiff(dir, "copy_000").size();
    }
}
