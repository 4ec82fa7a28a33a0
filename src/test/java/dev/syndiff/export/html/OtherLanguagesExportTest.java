package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.export.HtmlReportWriter;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Copies in other languages in the export: every text cell directs itself, translations are badged. */
class OtherLanguagesExportTest {
    private static Document export(String folder) {
        Options o = Options.defaults().withGrammarPass(false).withReference("00_wire");
        ComparisonReport report = new ComparisonPipeline().run(Path.of(folder), o,
                ProgressListener.NONE);
        return PageChecks.parse(new HtmlReportWriter().toBytes(report, List.of()));
    }

    @Test
    void everyCellWithTextTakesItsDirectionFromItsOwnText() {
        Document doc = export("src/test/resources/bundles/rtl-desk");
        PageChecks.assertOnlyOwnMarkup(doc);
        List<Element> cells = doc.select("#copies tbody td").stream().filter(td -> !td.text().isBlank()).toList();
        assertThat(cells).isNotEmpty();
        assertThat(cells).allSatisfy(td -> assertThat(td.attr("dir")).as(td.text()).isEqualTo("auto"));
        assertThat(doc.select("#copies tbody td").stream().filter(td -> td.text().isBlank()))
                .allSatisfy(td -> assertThat(td.hasAttr("dir")).isFalse());
        // an Arabic cell is among them, and a role label inside a cell does not decide its direction
        assertThat(cells).anySatisfy(td -> assertThat(td.text()).contains("\u0627\u0644\u062c\u0633\u0631"));
        assertThat(doc.select("#copies b.role")).allSatisfy(b -> assertThat(b.attr("dir")).isEqualTo("ltr"));
        // quoted words in the ledger and excerpts in the findings direct themselves too
        assertThat(doc.select("#quotes i, #findings li > i")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.attr("dir")).isEqualTo("auto"));
    }

    @Test
    void theMachineTranslationIsBadgedInItsHeaderAndOnlyThere() {
        Document doc = export("samples/harbour-strike");
        List<Element> heads = doc.select("table.sbs thead th.src");
        Element mt = heads.stream().filter(h -> h.text().contains("01_mt_roundtrip")).findFirst().orElseThrow();
        assertThat(mt.select("span.tag.mt").text()).isEqualTo("machine translated");
        assertThat(heads.stream().filter(h -> !h.select("span.tag.mt").isEmpty())).containsExactly(mt);
        Element german = heads.stream().filter(h -> h.text().contains("05_german")).findFirst().orElseThrow();
        assertThat(german.text()).contains("de");
    }
}
