package dev.syndiff.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link AbRatio} in K fresh JVMs, one after the other:
 * {@code AbRatioRuns K OLD_CLASSES NEW_CLASSES DIR [REFERENCE|-] [REPS]}. The plain diff's median
 * moves by up to half from one JVM to the next (the pipelines' less), so one JVM's baseline
 * decides "met" or "not met"; this prints every run's line, then the median, lowest and highest
 * of each column over the K runs. Each child runs with this JVM's class path and -Xmx.
 */
public final class AbRatioRuns {
    /** The figures of one AbRatio line, in print order. */
    static final Pattern LINE = Pattern.compile("old ([\\d.]+) new ([\\d.]+) plain ([\\d.]+) \\| ratio old ([\\d.]+) new ([\\d.]+) \\| new/old ([\\d.]+)");
    static final Pattern WALL = Pattern.compile("wall ms: old ([\\d.]+) new ([\\d.]+) plain ([\\d.]+) \\| wall ratio new ([\\d.]+)");
    static final String[] COLUMNS = {"old ms", "new ms", "plain ms", "ratio old", "ratio new", "new/old",
        "wall old", "wall new", "wall plain", "wall ratio"};

    private AbRatioRuns() {
    }

    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[0]);
        List<String> command = new ArrayList<>(List.of(
                Path.java(), "-cp", System.getProperty("java.class.path")));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).forEach(command::add);
        command.add(AbRatio.class.getName());
        command.addAll(Arrays.asList(args).subList(1, args.length));
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("  run " + (i + 1) + ": " + line);
                    double[] v = figures(line);
                    if (v != null) {
                        runs.add(v);
                    }
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("AbRatio run " + (i + 1) + " failed");
            }
        }
        System.out.print(summary(runs));
    }

    /** The figures of an AbRatio result line (CPU, then wall times when printed), or null for any other line. */
    static double[] figures(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return null;
        }
        double[] v = new double[COLUMNS.length];
        Arrays.fill(v, Double.NaN); // an older AbRatio prints no wall times
        for (int c = 0; c < 6; c++) {
            v[c] = Double.parseDouble(m.group(c + 1));
        }
        Matcher w = WALL.matcher(line);
        if (w.find()) {
            for (int c = 0; c < 4; c++) {
                v[6 + c] = Double.parseDouble(w.group(c + 1));
            }
        }
        return v;
    }

    /** Median [lowest–highest] of each column over the runs. */
    static String summary(List<double[]> runs) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "AB-RUNS %d JVMs, load now %.2f%n", runs.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (int c = 0; c < COLUMNS.length; c++) {
            double[] col = new double[runs.size()];
            for (int r = 0; r < col.length; r++) {
                col[r] = runs.get(r)[c];
            }
            Arrays.sort(col);
            b.append(String.format(Locale.ROOT, "  %-9s median %8.3f  [%.3f – %.3f]%n", COLUMNS[c], median(col),
                    col.length == 0 ? Double.NaN : col[0], col.length == 0 ? Double.NaN : col[col.length - 1]));
        }
        return b.toString();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The java launcher of this JVM. */
    private static final class Path {
        static String java() {
            return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        }
    }
}
