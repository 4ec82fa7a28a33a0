package dev.syndiff.bench;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole fast pipeline over one bundle, again and again, for a profiler:
 * {@code PipelineLoop DIR [REFERENCE|-] [REPS]} (run with {@code -XX:StartFlightRecording=...}).
 */
public final class PipelineLoop {
    private PipelineLoop() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String given = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Options options = Options.defaults().withGrammarPass(false).withReference(given);
        int findings = 0;
        for (int i = 0; i < reps; i++) {
            findings += new ComparisonPipeline().run(List.of(dir), options, ProgressListener.NONE, r -> { }).findings().size();
        }
        System.out.println("findings " + findings);
    }
}
