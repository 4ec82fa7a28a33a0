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
        assertThat(quotes("Il a dit \u00ab nous restons \u00bb hier.")).containsExactly(" nous restons");
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
