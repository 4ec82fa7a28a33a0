package dev.syndiff.bench;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The 3× bar of issue 6/7, measured on any bundle folder in one warm JVM:
 * {@code RatioRun DIR [REFERENCE|-] [REPS]}. Runs the whole fast pipeline (load to report,
 * reference given or chosen) and {@link Baselines#plainWordDiff} (read, decode, split, Myers
 * word diff of each copy against the reference) alternately: a warm-up of REPS each, then REPS
 * measured each. CPU is summed over the application threads (main and the fork-join workers
 * the pipeline's parallel streams use; JIT and GC threads apart), since the pipeline runs on
 * two cores and the baseline on one; the process CPU (GC and JIT included) is printed too.
 */
public final class RatioRun {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private RatioRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String given = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String diffRef = given != null ? given : firstFile(dir);
        Options options = Options.defaults().withGrammarPass(false).withReference(given);
        Object[] keep = new Object[2];
        Supplier<Object> syndiff = () -> new ComparisonPipeline().run(List.of(dir), options, ProgressListener.NONE, r -> { });
        Supplier<Object> plain = () -> Baselines.plainWordDiff(dir, diffRef);
        for (int i = 0; i < reps; i++) {
            keep[0] = syndiff.get();
            keep[1] = plain.get();
        }
        long[][] s = new long[3][reps];
        long[][] p = new long[3][reps];
        for (int i = 0; i < reps; i++) {
            measure(syndiff, keep, 0, s, i);
            measure(plain, keep, 1, p, i);
        }
        double load = OS.getSystemLoadAverage();
        System.out.printf("RATIO dir=%s reference=%s reps=%d load=%.2f%n", dir, given == null ? "(chosen; diff vs " + diffRef + ")" : given, reps, load);
        row("syndiff-fast", s);
        row("plain-word-diff", p);
        System.out.printf("  ratio (median app CPU) = %.1f   (median wall) = %.1f   (median process CPU) = %.1f%n",
                median(s[1]) / median(p[1]), median(s[0]) / median(p[0]), median(s[2]) / median(p[2]));
    }

    private static void measure(Supplier<Object> work, Object[] keep, int slot, long[][] out, int i) {
        Map<Long, Long> before = appCpu();
        long proc = OS.getProcessCpuTime();
        long t = System.nanoTime();
        keep[slot] = work.get();
        out[0][i] = System.nanoTime() - t;
        out[2][i] = OS.getProcessCpuTime() - proc;
        Map<Long, Long> after = appCpu();
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        out[1][i] = sum;
    }

    /** CPU so far of the main thread and the common fork-join pool's workers, by thread id. */
    private static Map<Long, Long> appCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && (info.getThreadName().equals("main") || info.getThreadName().startsWith("ForkJoinPool"))) {
                out.put(info.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(info.getThreadId())));
            }
        }
        return out;
    }

    private static void row(String name, long[][] m) {
        System.out.printf("  %-16s wall ms median %.1f min %.1f | app CPU ms median %.1f min %.1f | process CPU ms median %.1f%n",
                name, median(m[0]), min(m[0]), median(m[1]), min(m[1]), median(m[2]));
    }

    private static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return (c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0) / 1e6;
    }

    private static double min(long[] v) {
        return Arrays.stream(v).min().orElse(0) / 1e6;
    }

    private static String firstFile(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
