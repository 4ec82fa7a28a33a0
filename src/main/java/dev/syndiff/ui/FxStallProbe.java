package dev.syndiff.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measuring aid behind {@code -Dsyndiff.stalls=true}: samples the FX thread's stack every
 * 2 ms and prints every stretch of 50 ms or more in which it was busy (in a pulse, in a
 * runLater task or waiting for the renderer), with the frames seen most in it. The pulse
 * logger sees only pulses; this also sees the work queued with Platform.runLater.
 */
final class FxStallProbe {
    static final long THRESHOLD_MS = Long.getLong("syndiff.stalls.threshold", 50);
    private static final List<String> REPORT = new ArrayList<>();

    private FxStallProbe() {
    }

    /** Starts watching the calling thread (call it on the FX thread). */
    static void watchThisThread() {
        Thread fx = Thread.currentThread();
        Thread t = new Thread(() -> loop(fx), "syndiff-stall-probe");
        t.setDaemon(true);
        t.start();
    }

    private static void loop(Thread fx) {
        long busySince = -1;
        long cpuSince = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Integer> frames = new HashMap<>();
        int samples = 0;
        while (fx.isAlive()) {
            StackTraceElement[] st = fx.getStackTrace();
            long now = System.nanoTime();
            boolean idle = st.length == 0 || isIdle(st);
            if (!idle) {
                if (busySince < 0) {
                    busySince = now;
                    cpuSince = mx.getThreadCpuTime(fx.getId());
                    frames.clear();
                    samples = 0;
                }
                samples++;
                for (String f : interesting(st)) {
                    frames.merge(f, 1, Integer::sum);
                }
            } else if (busySince >= 0) {
                long ms = (now - busySince) / 1_000_000;
                if (ms >= THRESHOLD_MS) {
                    report(ms, (mx.getThreadCpuTime(fx.getId()) - cpuSince) / 1_000_000, samples, frames);
                }
                busySince = -1;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isIdle(StackTraceElement[] st) {
        String top = st[0].getClassName() + "." + st[0].getMethodName();
        // glass's native event loop waiting for events (GTK, Monocle), or parked between tasks
        return top.endsWith("_runLoop") || top.endsWith("Unsafe.park") || top.contains("RunnableProcessor.getNextEvent")
                || top.endsWith("Object.wait") && st.length < 12;
    }

    /** Where a sample stands: the pulse phase (or a runLater task), then the innermost frame of ours or RichTextFX's. */
    private static List<String> interesting(StackTraceElement[] st) {
        String phase = "other";
        String own = null;
        String lib = null;
        for (StackTraceElement e : st) {
            String c = e.getClassName();
            String m = e.getMethodName();
            if (own == null && c.startsWith("dev.syndiff.") && !c.contains("FxStallProbe")) {
                own = c.substring(c.lastIndexOf('.') + 1) + "." + m;
            }
            if (lib == null && (c.startsWith("org.fxmisc.") || c.startsWith("javafx.scene.control.skin."))) {
                lib = c.substring(c.lastIndexOf('.') + 1) + "." + m;
            }
            switch (m) {
                case "doCSSPass" -> phase = "css";
                case "doLayoutPass" -> phase = "layout";
                case "waitForRenderingToComplete" -> phase = "wait-render";
                case "synchronizeSceneNodes", "updateRenderGraph" -> phase = "sync";
                case "handle" -> phase = c.contains("AnimationTimer") || c.contains("TimerReceiver") ? "animation" : phase;
                default -> {
                    if (c.contains("PlatformImpl") && m.startsWith("lambda$runLater")) {
                        phase = "runLater";
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("[" + phase + "]");
        if (own != null) {
            out.add(own);
        }
        if (lib != null) {
            out.add(lib);
        }
        return out;
    }

    static long sinceStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Behind {@code -Dsyndiff.frames=true}: prints every frame in which the FX thread used
     * {@link #THRESHOLD_MS} or more of CPU (its pulse and the tasks run before the next one),
     * with the last landmark. CPU, not wall time: on two cores the analysis threads stretch the wall clock.
     */
    static void watchFrames() {
        framesWatched = true;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        new javafx.animation.AnimationTimer() {
            private long lastCpu = -1;
            private long lastWall;

            @Override
            public void handle(long now) {
                long cpu = mx.getCurrentThreadCpuTime();
                if (lastCpu >= 0 && cpu - lastCpu >= THRESHOLD_MS * 1_000_000) {
                    System.err.println("syndiff: frame CPU " + (cpu - lastCpu) / 1_000_000 + " ms (wall "
                            + (now - lastWall) / 1_000_000 + " ms) ending " + sinceStart() + " ms after start, after " + lastMark
                            + (inFrame.isEmpty() ? "" : "; in it: " + String.join(", ", inFrame)));
                }
                inFrame.clear();
                lastCpu = cpu;
                lastWall = now;
            }
        }.start();
    }

    private static volatile String lastMark = "start";
    /** The landmarks of the frame under way; FX thread only, and only while frames are watched. */
    private static final List<String> inFrame = new ArrayList<>();
    private static boolean framesWatched;

    /** Prints a landmark (a report applied, a step taken) when stalls are being watched. */
    static void mark(String what) {
        if (framesWatched && javafx.application.Platform.isFxApplicationThread()) {
            inFrame.add(what);
        }
        lastMark = what;
        if (Boolean.getBoolean("syndiff.stalls") || Boolean.getBoolean("syndiff.marks")) {
            System.err.println("syndiff: " + what + " at " + sinceStart() + " ms (FX CPU " + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1000000 + ")");
        }
    }

    private static synchronized void report(long ms, long cpu, int samples, Map<String, Integer> frames) {
        StringBuilder sb = new StringBuilder("syndiff: FX thread busy " + ms + " ms (CPU " + cpu + " ms; ending " + sinceStart() + " ms after start):");
        frames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
              .forEach(e -> sb.append(' ').append(e.getKey()).append(' ').append(100 * e.getValue() / Math.max(1, samples)).append('%'));
        REPORT.add(sb.toString());
        System.err.println(sb);
    }
}
