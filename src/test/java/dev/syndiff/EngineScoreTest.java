package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The engine bars of the issues, measured with the project's copy of the scorer: the sample
 * bundle with the full analysis (grammar pass on, as `analyze` runs by default), and the second
 * bundle, a floor that keeps the engine general while it changes.
 */
class EngineScoreTest {
    @Test
    void sampleBundleMeetsTheEngineBars() throws Exception {
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.SAMPLE, ScoreHarness.SAMPLE_REFERENCE,
                ScoreHarness.SAMPLE_GOLD, true, "--min-roles", "0.95", "--min-findings", "0.85",
                "--min-precision", "0.80", "--min-align", "0.95", "--min-kind", "ALTERED_QUOTE=1.0",
                "--min-same-story", "1.0", "--min-languages", "1.0");
        assertThat(s.passed()).as(s.output()).isTrue();
    }

    @Test
    void harbourStrikeBundleStaysAboveItsFloor() throws Exception {
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.HARBOUR, ScoreHarness.HARBOUR_REFERENCE,
                ScoreHarness.HARBOUR_GOLD, false, "--min-roles", "0.95", "--min-findings", "0.80",
                "--min-precision", "0.85", "--min-align", "0.95", "--min-same-story", "1.0", "--min-languages", "1.0");
        assertThat(s.passed()).as(s.output()).isTrue();
    }
}
