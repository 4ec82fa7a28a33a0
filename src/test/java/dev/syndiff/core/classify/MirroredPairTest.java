package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AlteredQuoteRule skips the speaker check for mirrored pairs: there it finds no other speaker. */
class MirroredPairTest {
    @TempDir
    Path tmp;

    @Test
    void mirroredPairsNameTheSamePeopleAndNoOtherSpeaker() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(BundleContexts.texts(Path.of("samples/macron-putin-2022")),
                new GeneratorSpec(12, 800, 5));
        for (GeneratedCopy c : made) {
            Files.writeString(tmp.resolve(c.fileName()), c.text());
        }
        int mirrored = 0;
        int plain = 0;
        for (ClassifyContext ctx : List.of(BundleContexts.context(Path.of("samples/macron-putin-2022"), null),
                BundleContexts.context(Path.of("samples/harbour-strike"), "00_wire"), BundleContexts.context(tmp, null))) {
            for (PairView p : ctx.pairs()) {
                if (!p.mirrored()) {
                    plain++;
                    continue;
                }
                mirrored++;
                assertThat(Attribution.names(p.b(), p, false)).isEqualTo(Attribution.names(p.a(), p, true));
                assertThat(AlteredQuoteRule.otherSpeaker(p)).isNull();
                assertThat(p.edits()).isEmpty();
            }
        }
        assertThat(mirrored).isGreaterThan(100);
        assertThat(plain).isGreaterThan(100);
    }

    @Test
    void quotesAtOtherPlacesOrOtherWordsAreNotMirrored() {
        ClassifyContext ctx = BundleContexts.context(Path.of("samples/macron-putin-2022"), null);
        for (PairView p : ctx.pairs()) {
            if (!p.a().stream().map(w -> w.text()).toList().equals(p.b().stream().map(w -> w.text()).toList())) {
                assertThat(p.mirrored()).isFalse();
            }
            if (p.aQuotes().size() != p.bQuotes().size()) {
                assertThat(p.mirrored()).isFalse();
            }
        }
    }
}
