package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.QuoteEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking who else the copy credits once a pair gives the findings and ledger of asking once a quote. */
class SpeakerOncePerPairTest {
    @TempDir
    Path tmp;

    @Test
    void sameFindingsAndLedgerBothWays() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(BundleContexts.texts(Path.of("samples/macron-putin-2022")),
                new GeneratorSpec(12, 800, 6));
        for (GeneratedCopy c : made) {
            Files.writeString(tmp.resolve(c.fileName()), c.text());
        }
        int findings = 0;
        int credited = 0;
        int entries = 0;
        for (ClassifyContext ctx : List.of(BundleContexts.context(Path.of("samples/macron-putin-2022"), null),
                BundleContexts.context(Path.of("samples/harbour-strike"), "00_wire"), BundleContexts.context(tmp, null))) {
            QuoteLedger once = new QuoteLedger();
            QuoteLedger each = new QuoteLedger();
            List<Finding> a = new AlteredQuoteRule(once, true).apply(ctx);
            List<Finding> b = new AlteredQuoteRule(each, false).apply(ctx);
            assertThat(a).isEqualTo(b);
            List<QuoteEntry> la = once.entries(ctx);
            assertThat(la).isEqualTo(each.entries(ctx));
            findings += a.size();
            credited += (int) a.stream().filter(f -> f.explanation().contains(" is credited ")).count();
            entries += la.size();
        }
        assertThat(findings).isGreaterThan(10);
        assertThat(entries).isGreaterThan(30);
        assertThat(credited).isGreaterThan(0); // the speaker test answered somewhere
    }
}
