package dev.syndiff.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RatioBenchmark} and prints, per bundle, the warm mean time of the pipeline and of
 * the plain word diff and their ratios (issue 8's bar: at most 3); also written to
 * target/bench/ratio.md. JMH's own options may follow ({@code -f 1 -p bundle=20x800}).
 */
public final class RatioTable {
    private RatioTable() {
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(RatioBenchmark.class.getName() + "\\.").build();
        String table = table(new Runner(options).run());
        System.out.println(table);
        Path out = Path.of("target/bench/ratio.md");
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "ratio", ".tmp");
        Files.writeString(tmp, table);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static String table(Collection<RunResult> results) {
        Map<String, Map<String, double[]>> byBundle = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            byBundle.computeIfAbsent(r.getParams().getParam("bundle"), b -> new TreeMap<>())
                    .put(method, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        StringBuilder b = new StringBuilder("| bundle | Syndiff, reference chosen (ms) | Syndiff, the plain diff's reference (ms) | plain word diff (ms) | ratio, chosen | ratio, same reference |\n|---|---|---|---|---|---|\n");
        byBundle.forEach((bundle, m) -> {
            double[] chosen = m.get("syndiff");
            double[] same = m.get("syndiffSameReference");
            double[] plain = m.get("plainWordDiff");
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", bundle, ms(chosen), ms(same), ms(plain),
                    ratio(chosen, plain), ratio(same, plain)));
        });
        return b.toString();
    }

    private static String ms(double[] v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f ± %.2f", v[0], v[1]);
    }

    private static String ratio(double[] a, double[] base) {
        return a == null || base == null ? "–" : String.format(Locale.ROOT, "%.2f×", a[0] / base[0]);
    }
}
