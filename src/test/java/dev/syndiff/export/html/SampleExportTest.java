package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.export.HtmlReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export of the sample bundle as the engine analyses it: size, links, determinism. */
class SampleExportTest {
    private static final Path SAMPLE = Path.of("samples/macron-putin-2022");
    private static ComparisonReport report;
    private static byte[] page;

    @BeforeAll
    static void analyse() {
        report = new ComparisonPipeline().run(SAMPLE, Options.defaults(), ProgressListener.NONE);
        page = new HtmlReportWriter().toBytes(report, List.of());
    }

    @Test
    void staysUnderFiveTimesTheBundleText() throws IOException {
        long text;
        try (Stream<Path> files = Files.list(SAMPLE)) {
            text = files.filter(f -> f.toString().endsWith(".txt")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(text).isGreaterThan(10_000);
        assertThat((long) page.length).as("export bytes vs %d bytes of text", text).isLessThan(5 * text);
    }

    @Test
    void everyFindingAndQuoteIsLinkedAndTheMarkupIsOwn() {
        Document doc = PageChecks.parse(page);
        PageChecks.assertOnlyOwnMarkup(doc);
        StructureAssertions.assertLinked(doc, report);
        assertThat(doc.select("table.sbs thead th.src")).hasSize(report.sources().size());
    }

    @Test
    void everyCharacterOfEveryCopyIsShown() {
        Document doc = PageChecks.parse(page);
        doc.select("#copies td a, b.role").remove();
        String text = doc.select("#copies tbody").text().replaceAll("(?U)\\s+", "");
        List<String> missing = report.articles().stream().flatMap(a -> a.sentences().stream())
                .map(s -> s.text().replaceAll("(?U)\\s+", "")).filter(s -> !text.contains(s)).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void sameReportSameBytes() {
        assertThat(new HtmlReportWriter().toBytes(report, List.of())).isEqualTo(page);
    }
}
