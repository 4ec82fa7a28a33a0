package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Role recall of the segmenter against both golds, measured by the project's scorer. */
class RoleScoreTest {
    @Test
    void sampleBundleRolesReachTheBar() throws Exception {
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.SAMPLE, ScoreHarness.SAMPLE_REFERENCE,
                ScoreHarness.SAMPLE_GOLD, "--min-roles", "0.95");
        assertThat(s.exitCode()).as(s.output()).isZero();
        assertThat(s.output()).contains("roles");
    }

    @Test
    void harbourStrikeRolesReachTheBar() throws Exception {
        ScoreHarness.Score s = ScoreHarness.score(ScoreHarness.HARBOUR, ScoreHarness.HARBOUR_REFERENCE,
                ScoreHarness.HARBOUR_GOLD, "--min-roles", "0.95");
        assertThat(s.exitCode()).as(s.output()).isZero();
        assertThat(s.output()).contains("roles");
    }
}
