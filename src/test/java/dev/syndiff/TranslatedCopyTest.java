package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The translated copies of samples/harbour-strike against the copied gold: every expected
 * pair is read from the gold file, never from the engine's own output.
 */
class TranslatedCopyTest {
    private static final String GERMAN = "05_german";
    private static ComparisonReport report;
    private static JsonNode gold;

    @BeforeAll
    static void analyze() throws Exception {
        gold = new ObjectMapper().readTree(ScoreHarness.HARBOUR_GOLD.toFile());
        Options options = Options.defaults().withReference(ScoreHarness.HARBOUR_REFERENCE).withGrammarPass(false);
        report = new ComparisonPipeline().run(ScoreHarness.HARBOUR, options, ProgressListener.NONE);
    }

    @Test
    void theGermanCopyGetsEveryGoldAlignmentWithTheWire() {
        Map<String, Integer> rowOf = new HashMap<>();
        for (AlignmentRow r : report.alignment()) {
            r.cells().values().forEach(ids -> ids.forEach(id -> rowOf.put(id, r.row())));
        }
        List<String> missed = new ArrayList<>();
        int expected = 0;
        for (JsonNode g : gold.get("alignments")) {
            if (!g.get("b_file").asText().equals(GERMAN + ".txt")) {
                continue;
            }
            expected++;
            Sentence a = sentenceHolding(id(g.get("a_file").asText()), g.get("a").asText());
            Sentence b = sentenceHolding(GERMAN, g.get("b").asText());
            Integer ra = rowOf.get(a.id());
            Integer rb = rowOf.get(b.id());
            if (ra == null || !ra.equals(rb)) {
                missed.add(a.text() + "  ~  " + b.text() + " (rows " + ra + " / " + rb + ")");
            } else {
                AlignmentRow row = report.alignment().get(ra);
                assertThat(row.relations().get(GERMAN)).as(b.text()).isEqualTo(Relation.TRANSLATION_DRIFT);
            }
        }
        assertThat(expected).as("gold pairs of the German copy").isEqualTo(22);
        assertThat(missed).isEmpty();
    }

    @Test
    void theGermanCopysOmittedSentenceIsReportedAndNothingElse() {
        List<Finding> german = report.findings().stream().filter(f -> f.source().equals(GERMAN)).toList();
        for (JsonNode g : gold.get("findings")) {
            if (!g.get("file").asText().equals(GERMAN + ".txt")) {
                continue;
            }
            FindingKind kind = FindingKind.valueOf(g.get("kind").asText());
            Span at = spanOf(GERMAN, g.get("contains").asText());
            assertThat(german).as(g.toString())
                    .anySatisfy(f -> {
                        assertThat(f.kind()).isEqualTo(kind);
                        assertThat(f.span().overlaps(at)).isTrue();
                    });
        }
        // a faithful translation: no finding about its wording
        assertThat(german).extracting(Finding::kind).containsOnly(FindingKind.OMITTED_CONTENT);
        Finding omitted = german.get(0);
        assertThat(omitted.counterpart().text()).startsWith("Passenger ferries and fishing boats");
    }

    @Test
    void everyCopyGetsTheGoldLanguage() {
        gold.get("languages").fields().forEachRemaining(e ->
                assertThat(source(id(e.getKey())).language()).as(e.getKey()).isEqualTo(e.getValue().asText()));
        assertThat(report.sources()).hasSize(gold.get("languages").size());
    }

    @Test
    void theGermanQuotesAreTranslatedInTheLedger() {
        int german = 0;
        for (QuoteEntry q : report.quotes()) {
            for (QuoteVariant v : q.variants()) {
                if (v.source().equals(GERMAN)) {
                    german++;
                    assertThat(v.status()).as(q.reference().text()).isEqualTo(QuoteStatus.TRANSLATED);
                    assertThat(v.text()).as(q.reference().text()).startsWith("\u201E");
                }
            }
        }
        int goldForms = 0;
        for (JsonNode q : gold.get("quote_ledger")) {
            for (JsonNode f : q.get("forms")) {
                if (f.get("file").asText().equals(GERMAN + ".txt")) {
                    goldForms++;
                    assertThat(f.get("status").asText()).isEqualTo("TRANSLATED");
                }
            }
        }
        assertThat(german).isGreaterThanOrEqualTo(goldForms).isPositive();
    }

    @Test
    void onlyTheRoundTripCopyIsMachineTranslatedWithOneSentenceOfEvidence() {
        List<String> flagged = new ArrayList<>();
        gold.get("machine_translated").forEach(n -> flagged.add(id(n.asText())));
        for (SourceSummary s : report.sources()) {
            assertThat(s.machineTranslated()).as(s.id()).isEqualTo(flagged.contains(s.id()));
            if (s.machineTranslated()) {
                assertThat(s.notes()).as(s.id()).hasSize(1);
                String note = s.notes().get(0);
                assertThat(note).contains("machine translation").endsWith(".");
                assertThat(note.substring(0, note.length() - 1)).doesNotContain(". ");
            }
        }
        assertThat(flagged).containsExactly("01_mt_roundtrip");
    }

    private static String id(String file) {
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }

    private static SourceSummary source(String id) {
        return report.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Article article(String id) {
        return report.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Span spanOf(String id, String snippet) {
        int at = article(id).source().text().indexOf(snippet);
        assertThat(at).as("snippet in " + id + ": " + snippet).isNotNegative();
        return new Span(at, at + snippet.length());
    }

    /** The sentence holding most of the snippet, as the scorer picks it. */
    private static Sentence sentenceHolding(String id, String snippet) {
        Span s = spanOf(id, snippet);
        Sentence best = null;
        int bestOverlap = 0;
        for (Sentence x : article(id).sentences()) {
            int ov = Math.min(s.end(), x.end()) - Math.max(s.start(), x.start());
            if (ov > bestOverlap) {
                best = x;
                bestOverlap = ov;
            }
        }
        assertThat(best).as(snippet).isNotNull();
        return best;
    }
}
