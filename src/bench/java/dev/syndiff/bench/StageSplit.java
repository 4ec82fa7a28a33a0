package dev.syndiff.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Median wall time per stage of the fast pipeline, run sequentially on one thread (so wall is
 * close to CPU): {@code StageSplit DIR [REPS]}. Warm-up of REPS runs first.
 */
public final class StageSplit {
    private StageSplit() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int i = 0; i < reps; i++) {
            new Stages(dir).runAll();
        }
        long[][] t = new long[Stages.NAMES.length][reps];
        long[][] w = new long[Stages.NAMES.length][reps];
        for (int i = 0; i < reps; i++) {
            Stages s = new Stages(dir).runAll();
            for (int k = 0; k < Stages.NAMES.length; k++) {
                t[k][i] = s.cpu[k];
                w[k][i] = s.nanos[k];
            }
        }
        System.out.println(line("STAGES " + dir + " (median thread CPU ms):", t, reps));
        System.out.println(line("STAGES " + dir + " (median wall ms, the classifier's rules on both cores):", w, reps));
    }

    private static String line(String title, long[][] t, int reps) {
        StringBuilder b = new StringBuilder(title);
        double total = 0;
        for (int k = 0; k < Stages.NAMES.length; k++) {
            Arrays.sort(t[k]);
            double ms = t[k][reps / 2] / 1e6;
            total += ms;
            b.append(String.format(" %s=%.1f", Stages.NAMES[k], ms));
        }
        return b.append(String.format(" total=%.1f", total)).toString();
    }
}
