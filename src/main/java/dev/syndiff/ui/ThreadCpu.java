package dev.syndiff.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A timing aid ({@code -Dsyndiff.timing=true}): the CPU each thread of the process has used so
 * far, JIT compiler and GC threads included, which the JVM's own beans do not list. Why: on two
 * cores the window's start is bound by the CPU of all threads, not only the FX thread's.
 * Reads Linux's /proc; elsewhere it says nothing.
 */
final class ThreadCpu {
    private static final long MS_PER_TICK = 10;

    private ThreadCpu() {
    }

    /** "total 4130 ms: 1460 ms C2 CompilerThre | 1110 ms JavaFX Applicat | …", or "" off Linux. */
    static String summary(int top) {
        List<long[]> ticks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                String stat = Files.readString(t.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                total += used;
                ticks.add(new long[] {used, names.size()});
                names.add(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        ticks.sort(Comparator.comparingLong((long[] a) -> a[0]).reversed());
        StringBuilder sb = new StringBuilder("total " + total * MS_PER_TICK + " ms:");
        for (int i = 0; i < Math.min(top, ticks.size()); i++) {
            sb.append(i == 0 ? " " : " | ").append(ticks.get(i)[0] * MS_PER_TICK).append(" ms ").append(names.get((int) ticks.get(i)[1]));
        }
        return sb.toString();
    }
}
