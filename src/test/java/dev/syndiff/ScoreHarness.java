package dev.syndiff;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.export.JsonReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pipeline on a bundle and scores the report with the project's copy of the scorer
 * ({@code src/test/resources/tools/score.py}), so tests measure exactly as the bars do.
 */
public final class ScoreHarness {
    public static final Path SCORER = Path.of("src/test/resources/tools/score.py");
    public static final Path SAMPLE = Path.of("samples/macron-putin-2022");
    public static final Path SAMPLE_GOLD = Path.of("src/test/resources/gold/seeds.gold.json");
    public static final String SAMPLE_REFERENCE = "000_a99245d733ad5b85";
    public static final Path HARBOUR = Path.of("samples/harbour-strike");
    public static final Path HARBOUR_GOLD = Path.of("src/test/resources/gold/harbour-strike.gold.json");
    public static final String HARBOUR_REFERENCE = "00_wire";

    /** What the scorer said: its exit code (0 bars met, 1 a bar missed, 2 contract broken) and its output. */
    public record Score(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }
    }

    private ScoreHarness() {
    }

    /** Analyzes {@code bundle} against {@code reference} (grammar pass off) and scores it. */
    public static Score score(Path bundle, String reference, Path gold, String... scorerArgs) throws IOException,
            InterruptedException {
        return score(bundle, reference, gold, false, scorerArgs);
    }

    /** As above, with the slow grammar pass on or off. */
    public static Score score(Path bundle, String reference, Path gold, boolean grammarPass, String... scorerArgs)
            throws IOException, InterruptedException {
        Options options = Options.defaults().withReference(reference).withGrammarPass(grammarPass);
        ComparisonReport report = new ComparisonPipeline().run(bundle, options, ProgressListener.NONE);
        Path json = Files.createTempFile("syndiff-score-", ".json");
        try {
            try (OutputStream out = Files.newOutputStream(json)) {
                new JsonReportWriter().write(report, out);
            }
            return runScorer(json, gold, bundle, scorerArgs);
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /** Runs {@code python3 score.py REPORT GOLD BUNDLE args...}. */
    public static Score runScorer(Path report, Path gold, Path bundle, String... scorerArgs) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORER.toString(), report.toString(), gold.toString(),
                bundle.toString()));
        cmd.addAll(List.of(scorerArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("score.py did not finish: " + String.join(" ", cmd));
        }
        return new Score(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
