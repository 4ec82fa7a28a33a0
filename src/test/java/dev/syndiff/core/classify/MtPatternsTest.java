package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MT pattern scan's short cuts (a pattern only where its character is, the counterpart cut only when asked) find what the full scan finds. */
class MtPatternsTest {
    @TempDir
    Path tmp;

    @Test
    void shortCutsFindWhatTheFullScanFinds() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(BundleContexts.texts(Path.of("samples/macron-putin-2022")),
                new GeneratorSpec(12, 800, 4));
        for (GeneratedCopy c : made) {
            Files.writeString(tmp.resolve(c.fileName()), c.text());
        }
        int pairs = 0;
        Set<String> kinds = new HashSet<>();
        for (ClassifyContext ctx : List.of(BundleContexts.context(Path.of("samples/macron-putin-2022"), null),
                BundleContexts.context(Path.of("samples/harbour-strike"), "00_wire"), BundleContexts.context(tmp, null))) {
            for (PairView p : ctx.pairs()) {
                List<Finding> fast = new ArrayList<>();
                List<Finding> full = new ArrayList<>();
                MtArtifactRule.patterns(ctx, p, "C", fast, true);
                MtArtifactRule.patterns(ctx, p, "C", full, false);
                assertThat(fast).isEqualTo(full);
                full.forEach(f -> kinds.add(f.explanation().contains("dash") ? "dash"
                        : f.explanation().contains("closing") ? "closing" : "calque"));
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(100);
        assertThat(kinds).hasSize(3); // a dashed name, a lost closing mark and a calque occur
    }
}
