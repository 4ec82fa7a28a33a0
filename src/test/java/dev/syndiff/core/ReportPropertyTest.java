package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.export.JsonReportWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the report on random bundles built from shuffled, cut and edited sentences. */
class ReportPropertyTest {
    private static final String[] POOL = {
        "The council of Lindenport voted on Tuesday to close the old ferry terminal by spring.",
        "\u201cThis terminal has served us well,\u201d Mayor Ilse Varga told reporters.",
        "Ferry operators warned that about 4,000 islanders would face longer journeys.",
        "The terminal opened in 1962 and has not been renovated since a fire in 1987.",
        "A new terminal on the eastern pier is planned but has not been funded.",
        "Opposition councillors called the vote rushed and demanded a public hearing.",
        "Fishermen plan a protest march to the town hall on Saturday morning.",
        "The harbour authority expects savings of 2 million crowns a year.",
        "Local shops near the quay fear a drop in visitors over the summer.",
        "The ferry company said it would appeal the decision in court.",
    };

    @Provide
    Arbitrary<List<List<Integer>>> bundles() {
        Arbitrary<List<Integer>> copy = Arbitraries.integers().between(0, 2 * POOL.length - 1).list().ofMinSize(1).ofMaxSize(12);
        return copy.list().ofMinSize(2).ofMaxSize(4);
    }

    @Property(tries = 40)
    void everyBodySentenceSitsInOneRowAndSpansHold(@ForAll("bundles") List<List<Integer>> copies) throws Exception {
        Stories stories = Stories.bundle();
        for (int c = 0; c < copies.size(); c++) {
            StringBuilder text = new StringBuilder("Ferry terminal to close\n\n");
            for (int k : copies.get(c)) {
                String s = POOL[k % POOL.length];
                text.append(k >= POOL.length ? s.replace("the", "teh").replace("would", "will") : s).append("\n\n");
            }
            stories.copy("c" + c, text.toString());
        }
        ComparisonReport report = stories.compare("c0");
        Map<String, Integer> rowsOf = new HashMap<>();
        for (AlignmentRow row : report.alignment()) {
            row.cells().forEach((src, ids) -> {
                assertThat(ids.size()).isBetween(1, 3);
                ids.forEach(id -> rowsOf.merge(id, 1, Integer::sum));
            });
        }
        for (Article a : report.articles()) {
            boolean same = report.sources().stream().filter(s -> s.id().equals(a.id())).findFirst().orElseThrow().sameStory();
            for (Sentence s : a.bodySentences()) {
                if (same) {
                    assertThat(rowsOf.get(s.id())).as(s.id()).isEqualTo(1);
                }
                assertThat(a.source().text().substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
        Map<String, String> texts = new HashMap<>();
        report.articles().forEach(a -> texts.put(a.id(), a.source().text()));
        for (Finding f : report.findings()) {
            assertThat(texts.get(f.source()).substring(f.span().start(), f.span().end())).isEqualTo(f.text());
            if (f.counterpart() != null) {
                assertThat(texts.get(f.counterpart().source()).substring(f.counterpart().start(), f.counterpart().end()))
                        .isEqualTo(f.counterpart().text());
            }
        }
        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().toBytes(report));
        assertThat(json.get("findings").size()).isEqualTo(report.findings().size());
        assertThat(json.get("alignment").size()).isEqualTo(report.alignment().size());
        List<String> ids = new ArrayList<>();
        json.get("sentences").forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates();
    }
}
