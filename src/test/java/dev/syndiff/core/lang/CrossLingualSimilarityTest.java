package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossLingualSimilarityTest {
    // An invented story in three languages; sentence i of each list translates sentence i of the others.
    static final List<String> EN = List.of(
            "LUNDEN, June 6 (NPA) — About 1,200 ferry crews stopped work on Friday, leaving 14 routes to the islands without service.",
            "The Ferry Workers' Guild wants a 7 percent raise over three years.",
            "Guild leader Ilse Darrow said the crews had waited long enough for Baltora Lines to act.",
            "Baltora Lines, which runs most of the crossings, called the demand unaffordable.",
            "Transport minister Osk Varga urged both sides to meet again.",
            "The last strike on the routes, in 2009, lasted nine days.");
    static final List<String> DE = List.of(
            "LUNDEN, 6. Juni (NPA) – Rund 1.200 Fährbesatzungen haben am Freitag die Arbeit niedergelegt, 14 Verbindungen zu den Inseln fallen aus.",
            "Die Gewerkschaft der Fährleute fordert 7 Prozent mehr Lohn über drei Jahre.",
            "Gewerkschaftschefin Ilse Darrow sagte, die Besatzungen hätten lange genug darauf gewartet, dass Baltora Lines handle.",
            "Baltora Lines, das die meisten Überfahrten betreibt, nannte die Forderung unbezahlbar.",
            "Verkehrsminister Osk Varga rief beide Seiten zu neuen Gesprächen auf.",
            "Der letzte Streik auf den Strecken dauerte 2009 neun Tage.");
    static final List<String> FR = List.of(
            "LUNDEN, 6 juin (NPA) — Environ 1 200 équipages de ferries ont cessé le travail vendredi, privant 14 lignes vers les îles de service.",
            "Le syndicat des marins réclame une hausse de 7 pour cent sur trois ans.",
            "La dirigeante syndicale Ilse Darrow a déclaré que les équipages avaient assez attendu que Baltora Lines agisse.",
            "Baltora Lines, qui exploite la plupart des traversées, a jugé la demande inabordable.",
            "Le ministre des Transports Osk Varga a exhorté les deux parties à se revoir.",
            "La dernière grève sur ces lignes, en 2009, avait duré neuf jours.");

    @Test
    void translationPairsScoreClearlyAboveOtherSentencesEnglishGerman() {
        assertPairsStandOut(EN, "en", DE, "de");
    }

    @Test
    void translationPairsScoreClearlyAboveOtherSentencesEnglishFrench() {
        assertPairsStandOut(EN, "en", FR, "fr");
    }

    @Test
    void translationPairsScoreClearlyAboveOtherSentencesGermanFrench() {
        assertPairsStandOut(DE, "de", FR, "fr");
    }

    private static void assertPairsStandOut(List<String> a, String langA, List<String> b, String langB) {
        List<CrossLingualProfile> pa = a.stream().map(s -> CrossLingualProfile.of(s, langA)).toList();
        List<CrossLingualProfile> pb = b.stream().map(s -> CrossLingualProfile.of(s, langB)).toList();
        for (int i = 0; i < pa.size(); i++) {
            for (int j = 0; j < pb.size(); j++) {
                double s = CrossLingualSimilarity.score(pa.get(i), pb.get(j));
                String pair = a.get(i) + "  <->  " + b.get(j) + " scored " + s;
                if (i == j) {
                    assertThat(s).as(pair).isGreaterThan(0.5);
                } else {
                    assertThat(s).as(pair).isLessThan(0.3);
                }
            }
        }
    }

    @Test
    void aSentenceSplitInTwoMatchesTheJoinedProfile() {
        CrossLingualProfile en = CrossLingualProfile.of(EN.get(0), "en");
        CrossLingualProfile first = CrossLingualProfile.of(
                "LUNDEN, 6. Juni (NPA) – Rund 1.200 Fährbesatzungen haben am Freitag die Arbeit niedergelegt.", "de");
        CrossLingualProfile second = CrossLingualProfile.of("14 Verbindungen zu den Inseln fallen aus.", "de");
        CrossLingualProfile joined = CrossLingualProfile.join(List.of(first, second));
        assertThat(CrossLingualSimilarity.score(en, joined))
                .isGreaterThan(CrossLingualSimilarity.score(en, first))
                .isGreaterThan(CrossLingualSimilarity.score(en, second))
                .isGreaterThan(0.5);
        for (Anchor a : joined.anchors()) {
            assertThat(joined.text().substring(a.start(), a.end())).isNotBlank();
        }
        Anchor fourteen = joined.anchors().stream().filter(a -> a.key().equals("NUM:14")).findFirst().orElseThrow();
        assertThat(joined.text().substring(fourteen.start(), fourteen.end())).isEqualTo("14");
    }

    @Test
    void scoreIsSymmetricAndBounded() {
        for (int i = 0; i < EN.size(); i++) {
            double ab = CrossLingualSimilarity.score(EN.get(i), "en", DE.get(i), "de");
            double ba = CrossLingualSimilarity.score(DE.get(i), "de", EN.get(i), "en");
            assertThat(ab).isBetween(0.0, 1.0).isCloseTo(ba, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void sentencesWithoutAnyEvidenceStayBelowTheNonPairLine() {
        double s = CrossLingualSimilarity.score("He added that nobody should be surprised.", "en",
                "Er fügte hinzu, niemand solle überrascht sein.", "de");
        assertThat(s).isBetween(0.0, 0.3);
    }

    @Test
    void changedNumberLowersTheScore() {
        double same = CrossLingualSimilarity.score(EN.get(1), "en", DE.get(1), "de");
        double changed = CrossLingualSimilarity.score(EN.get(1), "en", DE.get(1).replace("7 Prozent", "9 Prozent"), "de");
        assertThat(changed).isLessThan(same - 0.1);
    }

    @Test
    void aQuoteStaysAQuoteInTranslation() {
        assertThat(CrossLingualProfile.quoteShape("Rescue crews evacuated 1,400 residents.")).isZero();
        assertThat(CrossLingualProfile.quoteShape("\u201ESo schnell nie\u201C, sagte Morrow.")).isEqualTo(1);
        assertThat(CrossLingualProfile.quoteShape("\"Every hour counts now.\"")).isEqualTo(2);
        assertThat(CrossLingualProfile.quoteShape("\u300C\u4ECA\u306F\u4E00\u523B\u3092\u4E89\u3046\u300D")).isEqualTo(2);
        String quoted = "\u201EJetzt z\u00E4hlt jede Stunde.\u201C";
        double same = CrossLingualSimilarity.score("\"Every hour counts now.\"", "en", quoted, "de");
        double other = CrossLingualSimilarity.score("Every hour counts now.", "en", quoted, "de");
        assertThat(same).isGreaterThan(other);
        double attributed = CrossLingualSimilarity.score("\"We stay,\" Lena Morrow said.", "en",
                "\u201EWir bleiben\u201C, sagte Lena Morrow.", "de");
        double unquoted = CrossLingualSimilarity.score("We stay, Lena Morrow said.", "en",
                "\u201EWir bleiben\u201C, sagte Lena Morrow.", "de");
        assertThat(attributed).isGreaterThan(unquoted);
    }
}
