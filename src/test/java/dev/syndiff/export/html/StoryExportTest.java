package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.export.HtmlReportWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The export of a realistic hand-built report: layout, links, triage marks, determinism. */
class StoryExportTest {
    private final ComparisonReport report = StoryFixture.report();
    private final List<TriageMark> marks = StoryFixture.marks(report);
    private final byte[] page = new HtmlReportWriter().toBytes(report, marks);
    private final Document doc = PageChecks.parse(page);

    @Test
    void pageHoldsOnlyItsOwnMarkup() {
        PageChecks.assertOnlyOwnMarkup(doc);
    }

    @Test
    void everyFindingAndEveryLedgerCellIsPresentAndLinked() {
        StructureAssertions.assertLinked(doc, report);
        assertThat(doc.select("#quotes thead th")).hasSize(report.sources().size() + 1);
    }

    @Test
    void columnsPutTheReferenceFirstWithHeadersPerCopy() {
        List<Element> heads = doc.select("table.sbs thead th.src");
        assertThat(heads).hasSize(4);
        assertThat(heads.get(0).text()).startsWith("00_wire.txt reference").contains("UTF-8", "en", "same story");
        assertThat(heads.get(1).select(".cnt").eachText()).containsExactly("AQ 1", "MC 1", "FB 1", "PA 1", "SP 2");
        assertThat(heads.get(2).text()).contains("machine translated", "1 warning");
        assertThat(heads.get(3).text()).contains("different story", "de");
    }

    @Test
    void oneTableRowPerAlignedRowAndMutedRowsForTheRest() {
        assertThat(doc.select("table.sbs tbody tr[id^=r]")).hasSize(report.alignment().size());
        Element row1 = doc.getElementById("r1");
        assertThat(row1.select("td").get(1).text()).isEqualTo("The closure will last 318 months, officials said.");
        assertThat(row1.select("td a").text()).isEqualTo("3");
        assertThat(row1.select("td").get(3).childNodeSize()).isZero();
        assertThat(doc.select("tr.gap .seg.r-comment").text()).contains("reader42: This is a disgrace");
        assertThat(doc.select("tr.gap .seg.r-ad-artifact").text()).contains("ADVERTISEMENT");
        Element first = doc.select("tr.gap").first();
        assertThat(first.nextElementSibling().id()).isEqualTo("r0");
        assertThat(first.text()).contains("City Council Votes to Close Old Bridge", "Home | News");
        assertThat(doc.select("tr.gap").last().text()).contains("Copyright 2026 Wire Agency", "citygal: Finally!");
    }

    @Test
    void wordEditsAndFindingsAreHighlighted() {
        assertThat(doc.select("#r0 u").eachText()).containsExactly("shut");
        assertThat(doc.select("#r0 em").eachText()).containsExactly("close");
        assertThat(doc.select("#r0 strong").eachText()).containsExactly("the the");
        assertThat(doc.select("#r2 s")).hasSize(1);
        assertThat(doc.select("#copies tbody i.k-mc").text()).isEqualTo("18 months");
        assertThat(doc.select("#r2 td").get(1).select("i.k-aq").first().wholeText())
                .isEqualTo("\"We can not wait much longer,\"");
        assertThat(doc.select("#r2 i.k-aq u").eachText()).containsExactly("can not", "much");
        assertThat(doc.select("#copies q")).isNotEmpty();
    }

    @Test
    void triageMarksShowOnTheirFindings() {
        int confirmed = number(report.findings().get(0).kind(), 0);
        Element entry = doc.select("#findings li.ok").first();
        assertThat(entry.text()).contains("Confirmed", "Note: Checked against the wire.");
        assertThat(doc.select("#findings li.no").first().text()).contains("Dismissed", "Note: House style.");
        assertThat(doc.select("#copies td a.ok")).hasSize(1);
        assertThat(doc.select("#copies td a.no")).hasSize(1);
        assertThat(confirmed).isEqualTo(1);
        assertThat(doc.select("#summary").text()).contains("Triage: 1 confirmed, 1 dismissed, 10 open.");
    }

    @Test
    void summarySaysWhatChangedAndWhereTheAlteredQuotesAre() {
        String summary = doc.select("#summary").text();
        assertThat(summary).contains("4 copies compared with 00_wire.txt (reference). 12 findings: 2 altered quotes,",
                "Different story: 03_other.txt.", "Machine translated: 02_mt.txt.", "04_broken.bin: refused: binary file");
        assertThat(doc.select("#summary .aq-list li")).hasSize(2);
        assertThat(doc.select("#summary .aq-list a").eachAttr("href")).containsExactly("#H1", "#H2");
        assertThat(doc.select("#summary table.how tbody tr")).hasSize(4);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        byte[] again = new HtmlReportWriter().toBytes(StoryFixture.report(), StoryFixture.marks(StoryFixture.report()));
        assertThat(again).isEqualTo(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(report, marks, out);
        assertThat(out.toByteArray()).isEqualTo(page);
    }

    @Test
    void noMarksAndNullMarksGiveAPageToo() {
        Document plain = PageChecks.parse(new HtmlReportWriter().toBytes(report, null));
        assertThat(plain.select("#findings li.ok, #findings li.no")).isEmpty();
        PageChecks.assertOnlyOwnMarkup(plain);
    }

    private int number(FindingKind kind, int nth) {
        return (int) report.findings().stream().filter(f -> f.kind() == kind).limit(nth + 1L).count();
    }
}
