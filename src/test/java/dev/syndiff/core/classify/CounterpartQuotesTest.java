package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.align.AlignedRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each pair built with the counterpart's quotations clipped once a row equals the pair built clipping them itself. */
class CounterpartQuotesTest {
    @Test
    void everyPairOfTheBundlesEqualsTheOneBuiltAlone() {
        int quoted = 0;
        int pairs = 0;
        for (String[] bundle : new String[][] {{"samples/macron-putin-2022", null}, {"samples/harbour-strike", "00_wire"},
            {"src/test/resources/bundles/rtl-desk", null}, {"src/test/resources/bundles/scripts-desk", null}}) {
            ClassifyContext ctx = BundleContexts.context(Path.of(bundle[0]), bundle[1]);
            List<AlignedRow> rows = ctx.alignment().rows();
            for (PairView p : ctx.pairs()) {
                AlignedRow row = rows.get(p.row());
                String c = p.aSource();
                String s = p.bSource();
                PairView alone = PairView.of(p.row(), c, ctx.text(c), row.cell(c), ctx.quotes(c), s, ctx.text(s), row.cell(s),
                        ctx.quotes(s), ctx.language(c).equals(ctx.language(s)),
                        q -> q.words().stream().map(WordDiff::key).toList());
                assertThat(p).isEqualTo(alone);
                quoted += p.aQuotes().isEmpty() ? 0 : 1;
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(100);
        assertThat(quoted).isGreaterThan(20);
    }
}
