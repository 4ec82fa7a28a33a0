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

/**
 * Issue 8's ratio bar, warm: the fast pipeline and the plain word diff on the same copies, each
 * run until the JIT has settled (the pipeline has far more code to compile than one Myers diff:
 * on two cores it takes about 30 s of running to settle, and a few dozen rounds leave it
 * half-compiled), in JMH's average-time mode. {@link RatioTable}
 * runs it and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class RatioBenchmark {
    /** A synthetic bundle ("20x800") or a folder under samples/ ("harbour-strike"). */
    @Param({"20x800", "macron-putin-2022", "harbour-strike"})
    public String bundle;

    private Path dir;
    /** The plain diff's reference: the first copy by name, which {@link #syndiffSameReference} is given too. */
    private String first;

    @Setup(Level.Trial)
    public void setUp() throws java.io.IOException {
        if (bundle.matches("\\d+x\\d+")) {
            String[] nw = bundle.split("x");
            dir = BenchBundles.bundle(Integer.parseInt(nw[0]), Integer.parseInt(nw[1]));
        } else {
            dir = Path.of("samples", bundle);
        }
        try (var files = java.nio.file.Files.list(dir)) {
            first = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    /** What a user gets: Syndiff chooses the reference. */
    @Benchmark
    public ComparisonReport syndiff() {
        return run(null);
    }

    /** The same pairs as the plain diff: each copy against the first. */
    @Benchmark
    public ComparisonReport syndiffSameReference() {
        return run(first);
    }

    @Benchmark
    public int plainWordDiff() {
        return Baselines.plainWordDiff(dir, first).size();
    }

    private ComparisonReport run(String reference) {
        Options options = Options.defaults().withGrammarPass(false).withReference(reference);
        return new ComparisonPipeline().run(List.of(dir), options, ProgressListener.NONE, r -> { });
    }
}
