package dev.syndiff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The scaling table: every cell in its own JVM (see {@link CellRun}), a cell that runs past
 * the timeout is marked "did not finish". Writes target/bench/scaling.md.
 * Options: --quick (small cells only), --jfr (profile 500x800 and 100x5000), --timeout SECONDS.
 */
public final class ScalingTable {
    static final Path OUT = Path.of("target/bench");
    private static long timeoutSeconds = 180;

    private ScalingTable() {
    }

    public static void main(String[] args) throws Exception {
        List<String> opts = List.of(args);
        boolean quick = opts.contains("--quick");
        int t = opts.indexOf("--timeout");
        if (t >= 0) {
            timeoutSeconds = Long.parseLong(opts.get(t + 1));
        }
        Files.createDirectories(OUT);
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average at start ")
                .append(loadAverage()).append(", ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\n\n");
        md.append("| copies × words | Syndiff cold s | warm s | warm CPU s | peak heap MB | retained MB | stages warm ms (load/segment/lang/align/classify) | diff-utils warm CPU ms | Syndiff ÷ diff-utils (CPU) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        int[] copies = quick ? new int[] {5, 20} : new int[] {5, 20, 100, 500};
        Map<String, Map<String, String>> syndiff = new LinkedHashMap<>();
        for (int words : new int[] {800, 5_000}) {
            for (int n : copies) {
                BenchBundles.bundle(n, words);
                Map<String, String> s = cell("syndiff", n, words, List.of());
                Map<String, String> d = cell("diffutils", n, words, List.of());
                syndiff.put(n + "x" + words, s);
                md.append(row(n, words, s, d)).append('\n');
                System.out.println(row(n, words, s, d));
            }
        }
        md.append("\nGrowth (warm CPU, same words): ");
        for (int words : new int[] {800, 5_000}) {
            md.append(words).append(" words: time(500)/time(20) = ")
                    .append(ratio(syndiff.get("500x" + words), syndiff.get("20x" + words), "warmCpuMs")).append("; ");
        }
        md.append("\n\nCollateX 1.7.1 (exact tokens), warm CPU s, vs Syndiff fast warm CPU:\n\n");
        md.append("| copies × words | CollateX NW | CollateX Dekker | Syndiff | CollateX NW ÷ Syndiff |\n|---|---|---|---|---|\n");
        for (int n : quick ? new int[] {5, 20} : new int[] {5, 20, 50}) {
            BenchBundles.bundle(n, 800);
            Map<String, String> nw = cell("collatex", n, 800, List.of());
            Map<String, String> dk = cell("dekker", n, 800, List.of());
            Map<String, String> s = syndiff.containsKey(n + "x800") ? syndiff.get(n + "x800") : cell("syndiff", n, 800, List.of());
            String line = String.format("| %d × 800 | %s | %s | %s | %s |", n, sec(nw, "warmCpuMs"), sec(dk, "warmCpuMs"),
                    sec(s, "warmCpuMs"), ratio(nw, s, "warmCpuMs"));
            md.append(line).append('\n');
            System.out.println(line);
        }
        if (opts.contains("--jfr")) {
            md.append("\nJFR profiles (execution samples):\n");
            for (int[] c : quick ? new int[][] {{20, 800}} : new int[][] {{500, 800}, {100, 5_000}}) {
                Path jfr = OUT.resolve(c[0] + "x" + c[1] + ".jfr").toAbsolutePath();
                cell("syndiff", c[0], c[1], List.of("-XX:StartFlightRecording=settings=profile,filename=" + jfr));
                md.append("\n").append(c[0]).append(" × ").append(c[1]).append(":\n```\n")
                        .append(JfrTop.summarize(jfr, 12)).append("```\n");
            }
        }
        Files.writeString(OUT.resolve("scaling.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static String row(int n, int words, Map<String, String> s, Map<String, String> d) {
        String stages = s.containsKey("loadMs") ? String.join("/", s.get("loadMs"), s.get("segmentMs"), s.get("languageMs"),
                s.get("alignMs"), s.get("classifyMs")) : "–";
        return String.format("| %d × %d | %s | %s | %s | %s | %s | %s | %s | %s |", n, words, sec(s, "coldMs"), sec(s, "warmMs"),
                sec(s, "warmCpuMs"), s.getOrDefault("peakMb", "–"), s.getOrDefault("retainedMb", "–"), stages,
                d.getOrDefault("warmCpuMs", "did not finish"), ratio(s, d, "warmCpuMs"));
    }

    /** Runs one cell in a fresh JVM; returns its RESULT fields, or {"error": why}. */
    static Map<String, String> cell(String mode, int n, int words, List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CellRun.class.getName(), mode, "" + n, "" + words));
        Path log = OUT.resolve(mode + "-" + n + "x" + words + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Map<String, String> out = new LinkedHashMap<>();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            out.put("error", "did not finish in " + timeoutSeconds + " s");
            return out;
        }
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("RESULT ")) {
                for (String kv : line.substring(7).split(" ")) {
                    String[] parts = kv.split("=", 2);
                    out.put(parts[0], parts[1]);
                }
            }
        }
        if (out.isEmpty()) {
            out.put("error", "failed (see " + log + ")");
        }
        return out;
    }

    private static String sec(Map<String, String> m, String key) {
        if (!m.containsKey(key)) {
            return m.getOrDefault("error", "–");
        }
        return String.format("%.2f", Long.parseLong(m.get(key)) / 1000.0);
    }

    private static String ratio(Map<String, String> a, Map<String, String> b, String key) {
        if (a == null || b == null || !a.containsKey(key) || !b.containsKey(key)) {
            return "–";
        }
        return String.format("%.1f", Long.parseLong(a.get(key)) / (double) Math.max(1, Long.parseLong(b.get(key))));
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
