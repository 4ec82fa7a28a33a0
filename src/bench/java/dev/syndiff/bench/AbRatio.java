package dev.syndiff.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two builds of the engine against each other and the plain word diff, interleaved in one warm
 * JVM: {@code AbRatio OLD_CLASSES NEW_CLASSES DIR [REFERENCE|-] [REPS]}, each classes folder
 * (a {@code target/classes} copy) in its own class loader with the jars of this classpath. The
 * machine's speed drifts between JVMs; within one, old, new and baseline take turns each round,
 * so their medians (application CPU, as {@link RatioRun}) compare under the same conditions.
 * Wall-clock medians follow: what a user waits for, with the pipeline's parallel stages on both
 * cores (meaningful only on an otherwise idle machine).
 */
public final class AbRatio {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AbRatio() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[2]);
        String ref = args.length > 3 && !args[3].equals("-") ? args[3] : null;
        int reps = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        List<Supplier<Object>> work = List.of(pipeline(args[0], dir, ref), pipeline(args[1], dir, ref),
                plain(dir, ref != null ? ref : firstFile(dir)));
        long[][] cpu = new long[3][reps];
        long[][] wall = new long[3][reps];
        for (int i = 0; i < reps; i++) {
            work.forEach(Supplier::get);
        }
        for (int i = 0; i < reps; i++) {
            for (int k = 0; k < 3; k++) {
                int w = (k + i) % 3; // each takes every place in the round in turn
                long t0 = System.nanoTime();
                cpu[w][i] = appCpu(work.get(w));
                wall[w][i] = System.nanoTime() - t0;
            }
        }
        double old = median(cpu[0]);
        double neu = median(cpu[1]);
        double base = median(cpu[2]);
        double wallNew = median(wall[1]);
        double wallBase = median(wall[2]);
        System.out.printf("AB %s reference=%s reps=%d load=%.2f | app CPU ms: old %.1f new %.1f plain %.1f | ratio old %.2f new %.2f | new/old %.3f"
                        + " | wall ms: old %.1f new %.1f plain %.1f | wall ratio new %.2f%n",
                dir, ref, reps, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), old, neu, base,
                old / base, neu / base, neu / old, median(wall[0]), wallNew, wallBase, wallNew / wallBase);
    }

    private static Supplier<Object> plain(Path dir, String ref) {
        return () -> Baselines.plainWordDiff(dir, ref);
    }

    /** The fast pipeline of the build in {@code classes}, through its own class loader. */
    private static Supplier<Object> pipeline(String classes, Path dir, String ref) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(Path.of(classes).toUri().toURL()));
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (p.endsWith(".jar")) {
                urls.add(Path.of(p).toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> optionsClass = loader.loadClass("dev.syndiff.core.Options");
        Object options = optionsClass.getMethod("defaults").invoke(null);
        options = optionsClass.getMethod("withGrammarPass", boolean.class).invoke(options, false);
        Object opts = optionsClass.getMethod("withReference", String.class).invoke(options, ref);
        Class<?> listener = loader.loadClass("dev.syndiff.core.ProgressListener");
        Object none = listener.getField("NONE").get(null);
        Class<?> pipeline = loader.loadClass("dev.syndiff.core.ComparisonPipeline");
        Method run = pipeline.getMethod("run", List.class, optionsClass, listener, Consumer.class);
        Consumer<Object> ignore = r -> { };
        return () -> {
            try {
                return run.invoke(pipeline.getConstructor().newInstance(), List.of(dir), opts, none, ignore);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** CPU of the main thread and the common pool's workers while {@code work} runs. */
    private static long appCpu(Supplier<Object> work) {
        Map<Long, Long> before = threads();
        work.get();
        long sum = 0;
        for (Map.Entry<Long, Long> e : threads().entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    private static Map<Long, Long> threads() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && (info.getThreadName().equals("main") || info.getThreadName().startsWith("ForkJoinPool"))) {
                out.put(info.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(info.getThreadId())));
            }
        }
        return out;
    }

    private static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return (c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0) / 1e6;
    }

    private static String firstFile(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
