package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void closingQuoteFollowedByLowerCaseAttributionStaysOneSentence() {
        assertThat(split("\u201CWill they ever come back?\u201D she asked. \u201CNobody knows.\u201D"))
                .containsExactly("\u201CWill they ever come back?\u201D she asked.", "\u201CNobody knows.\u201D");
        assertThat(split("'Stop it now!' the mayor shouted. Then he left."))
                .containsExactly("'Stop it now!' the mayor shouted.", "Then he left.");
    }

    @Test
    void initialsInANameDoNotEndASentence() {
        assertThat(split("The report was written by Marta J. Okonkwo and Lee R. T. Vance. It ran long."))
                .containsExactly("The report was written by Marta J. Okonkwo and Lee R. T. Vance.", "It ran long.");
        assertThat(split("Tessa K. Rowe")).containsExactly("Tessa K. Rowe");
    }

    @Test
    void initialBeforeASentenceOpenerStillEnds() {
        assertThat(split("They chose plan B. The vote was close."))
                .containsExactly("They chose plan B.", "The vote was close.");
    }

    @Test
    void abbreviationsFromTheListsAreKept() {
        assertThat(split("Mr. Ostrow met Dr. Kain on Jan. 28 in the U.S. Capitol. The talks failed."))
                .containsExactly("Mr. Ostrow met Dr. Kain on Jan. 28 in the U.S. Capitol.", "The talks failed.");
        assertThat(split("Prices rose in the U.S. The euro fell."))
                .containsExactly("Prices rose in the U.S.", "The euro fell.");
        assertThat(split("It is rule No. 5 of the club. No. It is not."))
                .containsExactly("It is rule No. 5 of the club.", "No.", "It is not.");
    }

    @Test
    void numbersWithPointsAndGermanOrdinalDatesAreKept() {
        assertThat(split("Growth was 1.5 percent. Inflation was 2.25 percent."))
                .containsExactly("Growth was 1.5 percent.", "Inflation was 2.25 percent.");
        assertThat(split("Die Sitzung ist am 3. M\u00E4rz in Bonn. Sie dauert z.B. zwei Tage."))
                .containsExactly("Die Sitzung ist am 3. M\u00E4rz in Bonn.", "Sie dauert z.B. zwei Tage.");
        assertThat(split("Das war 1998. Die Lage ist neu."))
                .containsExactly("Das war 1998.", "Die Lage ist neu.");
    }

    @Test
    void frenchTitlesAndListNumbers() {
        assertThat(split("M. Girard a parl\u00E9 avec Mme Vidal. Rien n'a chang\u00E9."))
                .containsExactly("M. Girard a parl\u00E9 avec Mme Vidal.", "Rien n'a chang\u00E9.");
        assertThat(split("2. The second point is money.")).containsExactly("2. The second point is money.");
    }

    @Test
    void hardWrappedLinesAreReadAsOneParagraph() {
        String text = "The council voted on Monday to extend the tram line to the\nharbour district, ending years of debate.\nWork starts in May.";
        assertThat(split(text)).containsExactly(
                "The council voted on Monday to extend the tram line to the\nharbour district, ending years of debate.",
                "Work starts in May.");
    }

    @Test
    void shortUnpunctuatedLineEndsItsSentence() {
        assertThat(split("Ships queue at anchor\nThe port is closed.")).containsExactly("Ships queue at anchor", "The port is closed.");
    }

    @Test
    void spansAreTrimmedAndOffsetByTheRegion() {
        String text = "xx  One. Two?  yy";
        List<Span> spans = splitter.split(text, new Span(2, 15));
        assertThat(spans).containsExactly(new Span(4, 8), new Span(9, 13));
    }

    @Test
    void textWithoutStopsIsCutIntoPiecesOfAtMostSixHundredChars() {
        String text = "wheat barley oats and rye, ".repeat(60) + "and maize";
        List<Span> spans = splitter.split(text, new Span(0, text.length()));
        assertThat(spans).hasSizeGreaterThan(2).allMatch(s -> s.length() <= SentenceSplitter.MAX_CHARS);
        assertThat(spans.get(0).start()).isZero();
        assertThat(spans.get(spans.size() - 1).end()).isEqualTo(text.length());
        for (int k = 1; k < spans.size(); k++) {
            assertThat(text.substring(spans.get(k - 1).end(), spans.get(k).start())).isBlank();
        }
    }
}
