package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented English wire about a flood and German copies of it, through the whole pipeline:
 * a faithful translation gives no finding, its split lede shares one row, and a number, date or
 * name changed in translation is found.
 */
class TranslationPipelineTest {
    static final String WIRE = """
            Floodwaters Cut Off Three Villages in the Kessel Valley

            KESSELBURG, June 12 (NPA) \u2014 Floodwaters from the river Arn cut off three villages in the Kessel Valley on Thursday after two days of heavy rain, and 21 people were injured while leaving their homes.

            Rescue crews evacuated about 1,400 residents by boat and helicopter, regional governor Lena Morrow said.

            "We have never seen the river rise two metres so fast," Morrow told reporters in Kesselburg. "Every hour counts now."

            The regional weather service expects another 80 millimetres of rain by Saturday.

            The railway line between Kesselburg and Dornstadt will stay closed until at least June 20, the operator Arnbahn said.

            Farmers' groups estimate that 9 percent of the valley's farmland is under water.

            The last flood of this size hit the valley in 1987.
            """;
    /** A faithful translation; the lede is split into two sentences. */
    static final String GERMAN = """
            Hochwasser schneidet drei D\u00F6rfer im Kesseltal ab

            KESSELBURG, 12. Juni (NPA) \u2013 Das Hochwasser des Flusses Arn hat am Donnerstag nach zwei Tagen Starkregen drei D\u00F6rfer im Kesseltal von der Au\u00DFenwelt abgeschnitten. Beim Verlassen ihrer H\u00E4user wurden 21 Menschen verletzt.

            Rettungskr\u00E4fte brachten nach Angaben von Regionalgouverneurin Lena Morrow rund 1.400 Bewohner mit Booten und Hubschraubern in Sicherheit.

            \u201ESo schnell haben wir den Fluss noch nie zwei Meter steigen sehen\u201C, sagte Morrow vor Journalisten in Kesselburg. \u201EJetzt z\u00E4hlt jede Stunde.\u201C

            Der regionale Wetterdienst erwartet bis Samstag weitere 80 Millimeter Regen.

            Die Bahnstrecke zwischen Kesselburg und Dornstadt bleibt nach Angaben des Betreibers Arnbahn mindestens bis zum 20. Juni gesperrt.

            Bauernverb\u00E4nde sch\u00E4tzen, dass 9 Prozent der landwirtschaftlichen Fl\u00E4che des Tals unter Wasser stehen.

            Das letzte Hochwasser dieser Gr\u00F6\u00DFe traf das Tal im Jahr 1987.
            """;

    @TempDir
    Path dir;

    private ComparisonReport analyze(Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
        Options options = Options.defaults().withReference("wire").withGrammarPass(false);
        return new ComparisonPipeline().run(dir, options, ProgressListener.NONE);
    }

    @Test
    void aFaithfulTranslationGivesNoFindingOnlyTranslationDriftRows() throws IOException {
        ComparisonReport r = analyze(Map.of("wire", WIRE, "deutsch", GERMAN));
        assertThat(r.sources()).extracting(s -> s.id() + ":" + s.language()).containsExactlyInAnyOrder("wire:en", "deutsch:de");
        assertThat(r.findings()).as("findings of a faithful translation").isEmpty();
        List<AlignmentRow> shared = r.alignment().stream().filter(a -> a.cells().size() == 2).toList();
        assertThat(shared).hasSize(8);
        assertThat(shared).allSatisfy(a -> assertThat(a.relations().get("deutsch")).isEqualTo(Relation.TRANSLATION_DRIFT));
        assertThat(r.alignment()).allSatisfy(a -> assertThat(a.cells()).hasSize(2));
        for (QuoteEntry q : r.quotes()) {
            assertThat(q.variants()).singleElement().extracting(v -> v.status()).isEqualTo(QuoteStatus.TRANSLATED);
        }
        assertThat(r.quotes()).hasSize(2);
    }

    @Test
    void aSentenceSplitInTranslationSharesOneRow() throws IOException {
        ComparisonReport r = analyze(Map.of("wire", WIRE, "deutsch", GERMAN));
        AlignmentRow lede = rowHolding(r, "wire", "Floodwaters from the river Arn");
        assertThat(lede.cells().get("deutsch")).hasSize(2);
        assertThat(text(r, lede.cells().get("deutsch").get(0))).startsWith("Das Hochwasser des Flusses Arn");
        assertThat(text(r, lede.cells().get("deutsch").get(1))).startsWith("Beim Verlassen ihrer H\u00E4user");
    }

    @Test
    void aNumberDateOrNameChangedInTranslationIsAMeaningChange() throws IOException {
        String changed = GERMAN
                .replace("abgeschnitten. Beim Verlassen ihrer H\u00E4user wurden 21 Menschen", "abgeschnitten; beim Verlassen ihrer H\u00E4user wurden 12 Menschen")
                .replace("bis zum 20. Juni", "bis zum 27. Juni")
                .replace("noch nie zwei Meter", "noch nie drei Meter")
                .replace("Regionalgouverneurin Lena Morrow", "Regionalgouverneurin Lena Barrow");
        ComparisonReport r = analyze(Map.of("wire", WIRE, "geaendert", changed));
        List<Finding> meaning = r.findings().stream().filter(f -> f.kind() == FindingKind.MEANING_CHANGE).toList();
        assertThat(meaning).extracting(Finding::text).containsExactlyInAnyOrder("12", "27. Juni", "Barrow");
        assertThat(meaning).filteredOn(f -> f.text().equals("Barrow")).singleElement()
                .satisfies(f -> assertThat(f.counterpart().text()).isEqualTo("Morrow"));
        Finding injured = meaning.stream().filter(f -> f.text().equals("12")).findFirst().orElseThrow();
        assertThat(injured.counterpart().text()).isEqualTo("21");
        assertThat(injured.explanation()).contains("12").contains("21").contains("wire.txt");
        // inside a translated quote a changed number alters the quote
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.ALTERED_QUOTE)
                .singleElement().extracting(Finding::text).isEqualTo("drei");
        QuoteEntry river = r.quotes().stream().filter(q -> q.reference().text().contains("two metres")).findFirst().orElseThrow();
        assertThat(river.variants()).singleElement().extracting(v -> v.status()).isEqualTo(QuoteStatus.ALTERED);
        assertThat(r.findings()).extracting(Finding::kind)
                .doesNotContain(FindingKind.PARAPHRASE, FindingKind.MT_ARTIFACT, FindingKind.ADDED_CONTENT, FindingKind.OMITTED_CONTENT);
    }

    @Test
    void aNumberChangedInTheSplitOffHalfOfASentenceIsStillFound() throws IOException {
        // the second half carries nothing but the changed number: it joins its row by that number's kind
        String changed = GERMAN.replace("wurden 21 Menschen", "wurden 12 Menschen");
        ComparisonReport r = analyze(Map.of("wire", WIRE, "geaendert", changed));
        AlignmentRow lede = rowHolding(r, "wire", "Floodwaters from the river Arn");
        assertThat(lede.cells().get("geaendert")).hasSize(2);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MEANING_CHANGE);
            assertThat(f.text()).isEqualTo("12");
            assertThat(f.counterpart().text()).isEqualTo("21");
        });
    }

    private static AlignmentRow rowHolding(ComparisonReport r, String source, String start) {
        return r.alignment().stream().filter(a -> a.cells().getOrDefault(source, List.of()).stream()
                .anyMatch(id -> text(r, id).startsWith(start))).findFirst().orElseThrow();
    }

    private static String text(ComparisonReport r, String sentenceId) {
        return r.articles().stream().flatMap(a -> a.sentences().stream()).filter(s -> s.id().equals(sentenceId))
                .map(Sentence::text).findFirst().orElseThrow();
    }
}
