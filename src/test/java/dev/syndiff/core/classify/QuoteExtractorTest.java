package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static List<String> quotes(String text) {
        return QuoteExtractor.extract(text).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void findsCurlyStraightLowHighAndAngleQuotes() {
        assertThat(quotes("She said \u201cwe will stay\u201d and \"we mean it\".")).containsExactly("we will stay", "we mean it");
        assertThat(quotes("Er sagte: \u201eWir bleiben\u201c, und ging.")).containsExactly("Wir bleiben");
        assertThat(quotes("Il a dit \u00ab nous restons \u00bb hier.")).containsExactly("nous restons");
    }

    private static List<String> quotes(String text, String lang) {
        return QuoteExtractor.extract(text, lang).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void eachLanguagesOwnQuotationMarks() {
        assertThat(quotes("Der Lotse sagte: \u201EDie Schleuse bleibt zu.\u201C Dann ging er.", "de"))
                .containsExactly("Die Schleuse bleibt zu.");
        assertThat(quotes("Der Lotse sagte: \u00BBDie Schleuse bleibt zu.\u00AB Dann ging er.", "de"))
                .containsExactly("Die Schleuse bleibt zu.");
        assertThat(quotes("Sie nannte es \u203Aeine Frage der Zeit\u2039, mehr nicht.", "de"))
                .containsExactly("eine Frage der Zeit");
        assertThat(quotes("Le pilote a dit\u00A0: \u00AB\u202FL'\u00E9cluse reste ferm\u00E9e.\u202F\u00BB Puis il est parti.", "fr"))
                .containsExactly("L'\u00E9cluse reste ferm\u00E9e.");
        assertThat(quotes("El piloto dijo: \u00ABLa esclusa sigue cerrada\u00BB, y se fue.", "es"))
                .containsExactly("La esclusa sigue cerrada");
        assertThat(quotes("Pilot powiedzia\u0142: \u201ESluza pozostaje zamkni\u0119ta\u201D i wyszed\u0142.", "pl"))
                .containsExactly("Sluza pozostaje zamkni\u0119ta");
        assertThat(quotes("Lotsen sa: \u00BBSlussen \u00E4r st\u00E4ngd\u00BB och gick.", "sv")).containsExactly("Slussen \u00E4r st\u00E4ngd");
    }

    @Test
    void marksOnlyIcuKnowsComeFromTheLocaleData() {
        // CLDR gives Japanese 「」 and 『』, Swedish ”…”, German ‚…‘: found for that language only
        String ja = "\u6C34\u5148\u6848\u5185\u4EBA\u306F\u300C\u9598\u9580\u306F\u9589\u3058\u305F\u307E\u307E\u3060\u300D\u3068\u8FF0\u3079\u305F\u3002";
        assertThat(quotes(ja, "ja")).containsExactly("\u9598\u9580\u306F\u9589\u3058\u305F\u307E\u307E\u3060");
        assertThat(quotes(ja)).isEmpty();
        assertThat(QuoteExtractor.marks("ja")).contains('\u300C', '\u300D', '\u300E', '\u300F');
        assertThat(quotes("Lotsen sa: \u201DSlussen \u00E4r st\u00E4ngd\u201D och gick.", "sv")).containsExactly("Slussen \u00E4r st\u00E4ngd");
        assertThat(quotes("Er nannte es \u201Aeine Frage der Zeit\u2018, mehr nicht.", "de")).containsExactly("eine Frage der Zeit");
        assertThat(QuoteExtractor.marks("und")).isEmpty();
    }

    @Test
    void aClosingGuillemetBetweenWordsOpensNothing() {
        assertThat(quotes("Home \u00BB News \u00BB Harbour", "de")).isEmpty();
        assertThat(quotes("Il a dit \u00ab non \u00bb et \u00ab jamais \u00bb.", "fr")).containsExactly("non", "jamais");
    }

    @Test
    void apostrophesInsideWordsAreNotQuotationMarks() {
        assertThat(quotes("'Now the mayor's plan is dead,' the councillor said.")).containsExactly("Now the mayor's plan is dead,");
        assertThat(quotes("The port\u2019s owner and the city\u2019s mayor met.")).isEmpty();
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraph() {
        String text = "\u201cIs this the end? She asked.\n\nNext paragraph \u201cclosed\u201d.";
        assertThat(quotes(text)).containsExactly("Is this the end? She asked.", "closed");
    }

    @Test
    void quotesSplitByAnAttributionAreTwoQuotes() {
        assertThat(quotes("\u201cWe will go back,\u201d she said, \u201cand not one day sooner.\u201d"))
                .containsExactly("We will go back,", "and not one day sooner.");
    }
}
