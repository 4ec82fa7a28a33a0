package dev.syndiff.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private static final Path SAMPLE = Path.of("samples/macron-putin-2022");

    private static ComparisonReport analyze() {
        return new ComparisonPipeline().run(SAMPLE, Options.defaults().withGrammarPass(false), ProgressListener.NONE);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        byte[] first = new JsonReportWriter().toBytes(analyze());
        byte[] second = new JsonReportWriter().toBytes(analyze());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void reportKeepsTheContract() throws Exception {
        ComparisonReport report = analyze();
        JsonNode root = new ObjectMapper().readTree(new JsonReportWriter().toBytes(report));
        assertThat(root.get("format").asText()).isEqualTo("syndiff-report/1");
        for (String key : new String[] {"sources", "segments", "sentences", "alignment", "findings", "quotes"}) {
            assertThat(root.get(key).isArray()).as(key).isTrue();
        }
        // every span's text is its slice; every sentence sits in at most one row, at most 3 a cell
        for (JsonNode s : root.get("sentences")) {
            String text = report.articles().stream().filter(a -> a.id().equals(s.get("source").asText())).findFirst()
                    .orElseThrow().source().text();
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode row : root.get("alignment")) {
            row.get("cells").fields().forEachRemaining(e -> {
                assertThat(e.getValue().size()).isBetween(1, 3);
                e.getValue().forEach(id -> assertThat(seen.add(id.asText())).as(id.asText()).isTrue());
            });
        }
        for (JsonNode f : root.get("findings")) {
            assertThat(f.get("explanation").asText()).isNotBlank();
            assertThat(f.get("id").asText()).startsWith("F");
        }
        assertThat(root.get("reference").asText()).isEqualTo(report.reference());
    }
}
