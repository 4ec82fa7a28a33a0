package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.QuoteVariant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every finding and every quote-ledger cell present and linked both ways. */
final class StructureAssertions {
    private StructureAssertions() {
    }

    static void assertLinked(Document doc, ComparisonReport report) {
        int n = report.findings().size();
        assertThat(doc.select("#findings li")).hasSize(n);
        assertThat(doc.select("#copies td a")).hasSize(n);
        for (int i = 1; i <= n; i++) {
            Element marker = doc.getElementById("H" + i);
            Element entry = doc.getElementById("L" + i);
            assertThat(marker).as("marker %d", i).isNotNull();
            assertThat(entry).as("entry %d", i).isNotNull();
            assertThat(marker.closest("#copies")).isNotNull();
            assertThat(marker.attr("href")).isEqualTo("#L" + i);
            assertThat(entry.select("a[href=#H" + i + "]")).hasSize(1);
        }
        long counterparts = report.findings().stream().filter(f -> f.counterpart() != null).count();
        assertThat(doc.select("#findings li a[href~=^#[rg][0-9]+$]")).hasSize((int) counterparts);
        int columns = report.sources().size();
        assertThat(doc.select("#quotes tbody tr")).hasSize(report.quotes().size());
        for (int q = 0; q < report.quotes().size(); q++) {
            Element row = doc.getElementById("QL" + q);
            assertThat(row).isNotNull();
            assertThat(row.select("td")).hasSize(columns);
            assertThat(doc.getElementById("Q" + q)).as("reference quote %d", q).isNotNull();
            for (int v = 0; v < report.quotes().get(q).variants().size(); v++) {
                QuoteVariant variant = report.quotes().get(q).variants().get(v);
                String target = variant.span() == null ? "#Q" + q : "#Q" + q + "v" + v;
                assertThat(row.select("a[href=" + target + "]")).as("quote %d variant %d", q, v).isNotEmpty();
                assertThat(row.select("td." + Labels.statusClass(variant.status()))).isNotEmpty();
                if (variant.span() != null) {
                    assertThat(doc.getElementById("Q" + q + "v" + v).closest("#copies")).isNotNull();
                }
            }
        }
    }
}
