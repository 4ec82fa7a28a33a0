package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The engine bars of the issues, measured with the project's copy of the scorer: the sample
 * bundle and the second (harbour-strike, with a German copy) with the full analysis (grammar pass
 * on, as `analyze` runs by default), and the second again with `--fast`, the floor engine changes keep.
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
    void harbourStrikeBundleMeetsTheSameBars() throws Exception {
        // issue 8: the second story, with a German copy, must pass what the first sample passes
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.HARBOUR, ScoreHarness.HARBOUR_REFERENCE,
                ScoreHarness.HARBOUR_GOLD, true, "--min-roles", "0.95", "--min-findings", "0.85",
                "--min-precision", "0.80", "--min-align", "0.95", "--min-kind", "ALTERED_QUOTE=1.0",
                "--min-same-story", "1.0", "--min-languages", "1.0");
        assertThat(s.passed()).as(s.output()).isTrue();
    }

    @Test
    void harbourStrikeBundleStaysAboveItsFloorWithoutTheGrammarPass() throws Exception {
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.HARBOUR, ScoreHarness.HARBOUR_REFERENCE,
                ScoreHarness.HARBOUR_GOLD, false, "--min-roles", "0.95", "--min-findings", "0.85",
                "--min-precision", "0.94", "--min-align", "0.99", "--min-kind", "ALTERED_QUOTE=1.0",
                "--min-same-story", "1.0", "--min-languages", "1.0");
        assertThat(s.passed()).as(s.output()).isTrue();
    }
}
