package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorSimilarityTest {
    private static List<Anchor> anchors(String lang, String text) {
        return FactAnchors.forLanguage(lang).extract(text);
    }

    @Test
    void sameFactsScoreOneDifferentFactsZero() {
        List<Anchor> en = anchors("en", "About 3,000 sailors stopped work on Monday.");
        List<Anchor> de = anchors("de", "Rund 3.000 Seeleute legten am Montag die Arbeit nieder.");
        List<Anchor> other = anchors("de", "Rund 450 Seeleute legten am Mittwoch die Arbeit nieder.");
        assertThat(AnchorSimilarity.score(en, en)).isEqualTo(1.0);
        assertThat(AnchorSimilarity.score(CrossLingualProfile.of("About 3,000 sailors stopped work on Monday.", "en"),
                CrossLingualProfile.of("Rund 3.000 Seeleute legten am Montag die Arbeit nieder.", "de"))).isEqualTo(1.0);
        assertThat(AnchorSimilarity.score(en, other)).isEqualTo(0.0);
        assertThat(AnchorSimilarity.score(en, de)).isGreaterThan(AnchorSimilarity.score(en, other));
        assertThat(AnchorSimilarity.score(List.of(), List.of())).isEqualTo(0.0);
    }

    @Test
    void numbersWeighMoreThanWeekdays() {
        List<Anchor> a = anchors("en", "About 3,000 sailors stopped work on Monday.");
        List<Anchor> numberKept = anchors("en", "About 3,000 sailors stopped work on Tuesday.");
        List<Anchor> dayKept = anchors("en", "About 2,000 sailors stopped work on Monday.");
        assertThat(AnchorSimilarity.score(a, numberKept)).isGreaterThan(AnchorSimilarity.score(a, dayKept));
    }

    @Test
    void germanCapitalisedNounsDoNotDrownTheRealName() {
        CrossLingualProfile en = CrossLingualProfile.of("The minister, Osk Varga, urged talks.", "en");
        CrossLingualProfile de = CrossLingualProfile.of("Der Minister Osk Varga rief zu Gesprächen auf.", "de");
        assertThat(AnchorSimilarity.score(en, de)).isEqualTo(1.0);
    }

    @Test
    void maybeNamesCountOnlyWhenMatched() {
        CrossLingualProfile a = CrossLingualProfile.of("Varga urged talks with the crews.", "en");
        CrossLingualProfile b = CrossLingualProfile.of("The minister Osk Varga urged talks.", "en");
        CrossLingualProfile c = CrossLingualProfile.of("Crews urged talks with the minister.", "en");
        // Varga matches (2 of the 3 counted names agree: Dice 2/3, cubed); "Crews" is ignored, not charged
        assertThat(AnchorSimilarity.score(a, b)).isCloseTo(8.0 / 27, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(AnchorSimilarity.score(c, b)).isEqualTo(0.0);
    }

    @Test
    void lengthAgreement() {
        assertThat(AnchorSimilarity.lengthAgreement(100, 100)).isEqualTo(1.0);
        assertThat(AnchorSimilarity.lengthAgreement(100, 120)).isBetween(0.7, 0.9);
        assertThat(AnchorSimilarity.lengthAgreement(100, 250)).isLessThan(0.01);
        assertThat(AnchorSimilarity.lengthAgreement(0, 0)).isEqualTo(1.0);
        assertThat(AnchorSimilarity.lengthAgreement(0, 5)).isEqualTo(0.0);
        // German runs about a fifth longer than English, Chinese about a third as long
        assertThat(AnchorSimilarity.lengthAgreement(100, "en", 120, "de")).isGreaterThan(0.99);
        assertThat(AnchorSimilarity.lengthAgreement(100, "en", 30, "zh")).isGreaterThan(0.99);
        assertThat(AnchorSimilarity.lengthAgreement(100, "en", 100, "zh")).isLessThan(0.01);
    }
}
