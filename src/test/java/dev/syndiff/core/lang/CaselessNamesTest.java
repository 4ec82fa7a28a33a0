package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in scripts without case (invented names, not the test bundles' story words). */
class CaselessNamesTest {
    private static List<String> maybeNames(String lang, String text) {
        return FactAnchors.forLanguage(lang).extract(text).stream()
                .filter(a -> a.kind() == Anchor.Kind.MAYBE_NAME).map(Anchor::key).toList();
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | وصل كارفيلد إلى المدينة.        | Carfield
        ar | قالت إلسا مورتون للصحفيين.      | Morton
        ar | قالت إلسا مورتون للصحفيين.      | Elsa
        ar | وبرونسفيك مدينة صغيرة.          | Brunswick
        ar | غادر الوفد بيرغهافن أمس.        | Berghaven
        ar | وصلت السفينة إلى فيلتاون.        | Veltown
        hi | कारफील्ड शहर पहुँचे।              | Carfield
        hi | एल्सा मोर्टन ने कहा।              | Morton
        ru | Карфилд прибыл в город.          | Carfield
        """)
    void aCaselessOrTransliteratedNameMeetsItsLatinSpelling(String lang, String text, String latin) {
        String key = "NAME:" + FactAnchors.nameKey(latin);
        List<String> names = FactAnchors.forLanguage(lang).extract(text).stream()
                .filter(a -> a.kind() == Anchor.Kind.NAME || a.kind() == Anchor.Kind.MAYBE_NAME)
                .map(Anchor::key).toList();
        assertThat(names).contains(key);
    }

    @Test
    void functionWordsAndShortWordsAreNoNames() {
        assertThat(maybeNames("ar", "في من على")).isEmpty();
        assertThat(maybeNames("hi", "और के लिए")).isEmpty();
    }

    @Test
    void theAndPrefixIsTriedOff() {
        // و + ال + word: the bare word's key is among the candidates
        String bare = FactAnchors.nameKey("\u0645\u0648\u0631\u062A\u0648\u0646"); // مورتون
        assertThat(maybeNames("ar", "\u0648\u0645\u0648\u0631\u062A\u0648\u0646")).contains("NAME:" + bare);
    }

    @Test
    void chineseCharactersGiveNoNameCandidates() {
        assertThat(maybeNames("zh", "港务长说")).isEmpty();
    }

    @Test
    void anArabicTranslationScoresFarAboveItsNeighbour() {
        String en = "Harbour chief Elsa Morton said the Carfield ferry would sail again.";
        String ar = "وقالت مديرة الميناء إلسا مورتون إن عبّارة كارفيلد ستبحر مجددًا.";
        String other = "وأضافت أن المسافرين سيحصلون على تذاكر مجانية حتى نهاية الشهر.";
        double pair = CrossLingualSimilarity.score(en, "en", ar, "ar");
        assertThat(pair).isGreaterThan(0.45); // a strong pair on its own
        assertThat(CrossLingualSimilarity.score(en, "en", other, "ar")).isLessThan(pair / 3);
    }

    @Test
    void aHindiTranslationScoresAsAPairToo() {
        String en = "Harbour chief Elsa Morton said the Carfield ferry would sail again.";
        String hi = "बंदरगाह प्रमुख एल्सा मोर्टन ने कहा कि कारफील्ड नौका फिर चलेगी।";
        assertThat(CrossLingualSimilarity.score(en, "en", hi, "hi")).isGreaterThan(0.45);
    }

    @Test
    void aCapitalisedFullMonthInsideASentenceIsTheMonth() {
        assertThat(FactAnchors.forLanguage("en").extract("The bridge reopens in early May.").stream()
                .map(Anchor::key)).contains("MONTH:5");
        assertThat(FactAnchors.forLanguage("en").extract("Former prime minister Theresa May spoke.").stream()
                .map(Anchor::key)).doesNotContain("MONTH:5");
    }
}
