package dev.syndiff.core.classify;

import static dev.syndiff.core.Stories.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.Stories;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on invented stories: one copy that should trigger it, one that should not. */
class ClassificationRulesTest {
    private static final String HEAD = "Lindenport council votes to close ferry terminal\n\n";
    private static final String S1 = "The city council of Lindenport voted on Tuesday to close the old ferry terminal by next spring.";
    private static final String S2 = "\u201cThis terminal has served us well, but its time is over,\u201d Mayor Ilse Varga told reporters.";
    private static final String S3 = "Ferry operators rejected the plan and warned that about 4,000 islanders would face longer journeys.";
    private static final String S4 = "The terminal opened in 1962 and has not been renovated since a fire damaged its roof.";
    private static final String S5 = "Opposition councillors called the vote rushed and demanded a public hearing before any demolition.";
    private static final String S6 = "A new terminal on the eastern pier is planned, but construction has not yet been funded.";

    private static String story(String... sentences) {
        return HEAD + String.join("\n\n", sentences) + "\n\n\u00A9 Nordic Press Agency\n";
    }

    private static ComparisonReport compare(String copy) {
        return Stories.bundle().copy("ref", story(S1, S2, S3, S4, S5, S6)).copy("copy", copy).compare("ref");
    }

    @Test
    void aFaithfulCopyHasNoFindings() {
        ComparisonReport r = compare(story(S1, S2.replace('\u201c', '"').replace('\u201d', '"'), S3, S4, S5, S6));
        assertThat(r.findings()).isEmpty();
        assertThat(r.quotes()).singleElement().satisfies(q ->
                assertThat(q.variants()).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(QuoteStatus.MINOR)));
    }

    @Test
    void oneChangedWordInsideQuotationMarksIsAnAlteredQuote() {
        ComparisonReport r = compare(story(S1, S2.replace("served us well", "served us badly"), S3, S4, S5, S6));
        List<Finding> altered = of(r, FindingKind.ALTERED_QUOTE, "copy");
        assertThat(altered).singleElement().satisfies(f -> {
            assertThat(f.text()).contains("served us badly");
            assertThat(f.explanation()).contains("served us badly").contains("served us well");
        });
        assertThat(r.quotes().get(0).variants().get(0).status()).isEqualTo(QuoteStatus.ALTERED);
    }

    @Test
    void reorderedWordsInsideQuotationMarksAreAnAlteredQuote() {
        ComparisonReport r = compare(story(S1, S2.replace("its time is over", "over is its time"), S3, S4, S5, S6));
        assertThat(of(r, FindingKind.ALTERED_QUOTE, "copy")).hasSize(1);
    }

    @Test
    void aQuoteCreditedToSomeoneElseIsAltered() {
        ComparisonReport r = compare(story(S1, S2.replace("Mayor Ilse Varga", "Harbour chief Tomas Lund"), S3, S4, S5, S6));
        assertThat(of(r, FindingKind.ALTERED_QUOTE, "copy")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("Tomas Lund").contains("Ilse Varga"));
    }

    @Test
    void aChangedNumberNegationOrClaimOutsideQuotesIsAMeaningChange() {
        ComparisonReport r = compare(story(S1, S2, S3.replace("rejected", "accepted").replace("4,000", "400"),
                S4.replace("has not been", "has been"), S5, S6));
        List<Finding> changes = of(r, FindingKind.MEANING_CHANGE, "copy");
        assertThat(changes).extracting(Finding::text).contains("accepted", "400", "has been");
    }

    @Test
    void rewordingOutsideQuotesIsAParaphraseNotAMeaningChange() {
        ComparisonReport r = compare(story(S1, S2, S3, S4, S5.replace("called the vote rushed", "described the decision as hasty"), S6));
        assertThat(of(r, FindingKind.MEANING_CHANGE, "copy")).isEmpty();
        assertThat(of(r, FindingKind.PARAPHRASE, "copy")).singleElement()
                .satisfies(f -> assertThat(f.text()).contains("described the decision as hasty"));
    }

    @Test
    void doubledWordsAndRespelledNamesAreMachineTranslationArtifacts() {
        ComparisonReport r = compare(story(S1.replace("close the old", "close the the old"),
                S2.replace("Ilse Varga", "Ilze Barga"), S3, S4, S5, S6));
        assertThat(of(r, FindingKind.MT_ARTIFACT, "copy")).extracting(Finding::text)
                .anySatisfy(t -> assertThat(t).isEqualTo("the the"))
                .anySatisfy(t -> assertThat(t).contains("Barga"));
    }

    @Test
    void missingSentencesAreOneOmissionAtTheGapAndNewOnesAreAdded() {
        String added = "Local fishermen plan a protest march to the town hall on Saturday morning.";
        ComparisonReport r = compare(story(S1, S2, S3, added, S6));
        assertThat(of(r, FindingKind.OMITTED_CONTENT, "copy")).singleElement().satisfies(f -> {
            assertThat(f.counterpart().text()).contains("opened in 1962").contains("Opposition councillors");
            assertThat(f.text()).contains("Saturday morning").contains("A new terminal");
        });
        assertThat(of(r, FindingKind.ADDED_CONTENT, "copy")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo(added));
    }

    @Test
    void aPersonalBylineOnAgencyCopyIsFake() {
        ComparisonReport r = compare(HEAD + "By Petra Holm\n\n" + String.join("\n\n", S1, S2, S3, S4, S5, S6) + "\n");
        assertThat(of(r, FindingKind.FAKE_BYLINE, "copy")).singleElement()
                .satisfies(f -> assertThat(f.text()).contains("Petra Holm"));
        ComparisonReport agency = compare(HEAD + "By Nordic Press Agency\n\n" + String.join("\n\n", S1, S2, S3, S4, S5, S6) + "\n");
        assertThat(of(agency, FindingKind.FAKE_BYLINE, "copy")).isEmpty();
    }

    @Test
    void aCopyAboutSomethingElseIsADifferentStoryWithoutAddedOrOmitted() {
        String other = "Storm warning for the west coast\n\n"
                + "Forecasters issued a storm warning for the west coast on Friday as winds reached 120 kilometres an hour.\n\n"
                + "Schools in three districts will stay closed and rail services have been suspended until Sunday.\n\n"
                + "Emergency crews cleared fallen trees from the coastal road near Brekke overnight.\n\n"
                + "Power cuts affected around 9,000 homes, the grid operator said in a statement.\n";
        ComparisonReport r = compare(other);
        assertThat(r.sources().get(1).sameStory()).isFalse();
        assertThat(of(r, FindingKind.DIFFERENT_STORY, "copy")).hasSize(1);
        assertThat(of(r, FindingKind.ADDED_CONTENT, "copy")).isEmpty();
        assertThat(of(r, FindingKind.OMITTED_CONTENT, "copy")).isEmpty();
    }
}
