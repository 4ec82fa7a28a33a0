package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.model.QuoteEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger remembers each sentence's speaker for its neighbours' quotes: same entries as asking afresh. */
class LedgerSpeakersTest {
    @TempDir
    Path tmp;

    @Test
    void rememberedSpeakersGiveTheEntriesOfThePlainComputation() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(BundleContexts.texts(Path.of("samples/macron-putin-2022")),
                new GeneratorSpec(12, 800, 3));
        for (GeneratedCopy c : made) {
            Files.writeString(tmp.resolve(c.fileName()), c.text());
        }
        int entries = 0;
        int named = 0;
        for (ClassifyContext ctx : List.of(BundleContexts.context(Path.of("samples/macron-putin-2022"), null),
                BundleContexts.context(Path.of("samples/harbour-strike"), "00_wire"), BundleContexts.context(tmp, null))) {
            QuoteLedger ledger = new QuoteLedger();
            new AlteredQuoteRule(ledger).apply(ctx);
            List<QuoteEntry> remembered = ledger.entries(ctx, true);
            List<QuoteEntry> plain = ledger.entries(ctx, false);
            assertThat(remembered).isEqualTo(plain);
            entries += plain.size();
            named += (int) plain.stream().map(QuoteEntry::speaker).filter(Objects::nonNull).count();
        }
        assertThat(entries).isGreaterThan(30);
        assertThat(named).isGreaterThan(10).isLessThan(entries); // both answers occur
    }
}
