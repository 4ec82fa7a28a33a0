package dev.syndiff.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What dominates a JFR recording: execution samples counted by top frame (where the CPU
 * was) and by the innermost dev.syndiff frame (which project method asked for that work).
 * {@code JfrTop FILE.jfr [N] [METHOD]}: with METHOD (a name suffix such as
 * {@code LanguageGuess.rank}), only the samples with that method on their stack.
 */
public final class JfrTop {
    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 12,
                args.length > 2 ? args[2] : null));
    }

    static String summarize(Path jfr, int n) throws IOException {
        return summarize(jfr, n, null);
    }

    static String summarize(Path jfr, int n, String under) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> project = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty() || under != null && frames.stream().noneMatch(f -> name(f).endsWith(under))) {
                continue;
            }
            total++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean first = true;
            for (RecordedFrame f : frames) {
                String m = name(f);
                if (m.startsWith("dev.syndiff.") && !m.startsWith("dev.syndiff.bench.")) {
                    if (first) {
                        project.merge(m, 1, Integer::sum);
                        first = false;
                    }
                    if (seen.add(m)) {
                        inclusive.merge(m, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder b = new StringBuilder("samples: " + total + "\n");
        append(b, "top frame (self time)", top, total, n);
        append(b, "innermost dev.syndiff frame", project, total, n);
        append(b, "dev.syndiff frames, inclusive", inclusive, total, n);
        return b.toString();
    }

    private static void append(StringBuilder b, String title, Map<String, Integer> counts, int total, int n) {
        b.append("-- ").append(title).append('\n');
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(en -> b.append(String.format("%5.1f%%  %6d  %s%n", 100.0 * en.getValue() / Math.max(1, total),
                        en.getValue(), en.getKey())));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
