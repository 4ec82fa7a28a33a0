package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The opening-mark test's ASCII short cut answers as the full test at every character. */
class OpenerFastPathTest {
    @Test
    void everyCharacterOfTheBundlesAndRandomTextsInSeveralLanguages() {
        List<String> texts = new ArrayList<>(TestBundles.texts());
        Random r = new Random(5);
        String alphabet = "ab Z9.'\"-\n\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u2018\u2019\u201A\u300C\u300D\u00E9";
        for (int k = 0; k < 400; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        int opened = 0;
        for (String lang : List.of("und", "en", "de", "sv", "ja", "fr", "pl")) {
            char[] marks = QuoteExtractor.marks(lang);
            for (String t : texts) {
                for (int i = 0; i < t.length(); i++) {
                    char expected = QuoteExtractor.openerTested(t, i, marks);
                    assertThat(QuoteExtractor.opener(t, i, marks)).isEqualTo(expected);
                    opened += expected != 0 ? 1 : 0;
                }
            }
        }
        assertThat(opened).isGreaterThan(100);
    }
}
