package dev.syndiff.bench;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cell of the scaling table, in its own JVM so its heap figures are its own:
 * {@code CellRun MODE COPIES WORDS} with MODE syndiff | diffutils | collatex. Prints one
 * {@code RESULT key=value ...} line: cold time (first run in a fresh JVM), warm time (best of
 * the repeats that fit), sampled peak heap in use (garbage included) and heap retained after GC.
 */
public final class CellRun {
    private static final AtomicLong PEAK = new AtomicLong();
    /** CPU time of the working thread: far less sensitive than wall time to other jobs on the machine. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private CellRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = BenchBundles.bundle(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        List<String> texts = BenchBundles.texts(dir);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Object[] keep = new Object[1];
        Runnable work = switch (mode) {
            case "syndiff" -> () -> keep[0] = new ComparisonPipeline().run(List.of(dir),
                    Options.defaults().withGrammarPass(false), ProgressListener.NONE, r -> { });
            // from disk, as a plain diff tool works: read, decode, split, diff against copy_000
            case "diffutils" -> () -> keep[0] = Baselines.plainWordDiff(dir, "copy_000");
            case "collatex" -> () -> keep[0] = Baselines.collate(texts, false);
            case "dekker" -> () -> keep[0] = Baselines.collate(texts, true);
            default -> throw new IllegalArgumentException("mode " + mode);
        };
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long cold = time(work);
        long coldCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        long warm = cold;
        long warmCpu = coldCpu;
        long spent = cold;
        // at least one warm repeat unless the cold run alone took a minute; more while under 20 s
        for (int i = 0; i < 5 && (i == 0 ? cold < 60_000_000_000L : spent < 20_000_000_000L); i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = time(work);
            warm = Math.min(warm, t);
            warmCpu = Math.min(warmCpu, THREADS.getCurrentThreadCpuTime() - c);
            spent += t;
        }
        sampler.interrupt();
        System.gc();
        System.gc();
        long retained = rt.totalMemory() - rt.freeMemory();
        String extra = "";
        if (keep[0] instanceof ComparisonReport r) {
            extra = " findings=" + r.findings().size() + " rows=" + r.alignment().size();
            if (cold < 60_000_000_000L) {
                extra += new Stages(dir).runAll().summary();
            }
        }
        System.out.printf("RESULT mode=%s copies=%s words=%s coldMs=%d warmMs=%d coldCpuMs=%d warmCpuMs=%d peakMb=%d retainedMb=%d%s%n",
                mode, args[1], args[2], cold / 1_000_000, warm / 1_000_000,
                coldCpu / 1_000_000, warmCpu / 1_000_000, PEAK.get() >> 20, retained >> 20, extra);
    }

    private static long time(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return System.nanoTime() - t;
    }
}
