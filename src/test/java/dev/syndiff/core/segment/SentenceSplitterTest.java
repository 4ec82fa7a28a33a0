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

    @Test
    void eachLanguageIsSplitWithItsOwnLocale() {
        // Greek asks with ";": only the Greek rules end the sentence there
        String greek = "\u03A0\u03CC\u03C3\u03BF \u03B8\u03B1 \u03BA\u03C1\u03B1\u03C4\u03AE\u03C3\u03B5\u03B9;"
                + " \u039A\u03B1\u03BD\u03B5\u03AF\u03C2 \u03B4\u03B5\u03BD \u03BE\u03AD\u03C1\u03B5\u03B9.";
        Span all = new Span(0, greek.length());
        assertThat(SentenceSplitter.forLanguage("el").split(greek, all)).hasSize(2);
        assertThat(SentenceSplitter.forLanguage("und").split(greek, all)).hasSize(1);
        assertThat(SentenceSplitter.forLanguage("el").language()).isEqualTo("el");
        assertThat(SentenceSplitter.forLanguage(null).language()).isEqualTo("und");
        // the merge rules still hold under a language's rules
        String german = "Er kam am 3. M\u00E4rz. \u201ENein\u201C, sagte er.";
        assertThat(SentenceSplitter.forLanguage("de").split(german, new Span(0, german.length())))
                .extracting(sp -> sp.of(german)).containsExactly("Er kam am 3. M\u00E4rz.", "\u201ENein\u201C, sagte er.");
    }

    @Test
    void localesWithTheRootRulesAreNotSplitAgain() {
        SentenceSplitter root = SentenceSplitter.forLanguage("und");
        assertThat(SentenceSplitter.forLanguage("en").splitsLike(root)).isTrue();
        assertThat(SentenceSplitter.forLanguage("de").splitsLike(root)).isTrue();
        assertThat(SentenceSplitter.forLanguage("el").splitsLike(root)).isFalse();
    }

    @Test
    void theSegmenterSplitsAgainInTheCopysLanguage() {
        String text = "Floods in the valley\n\n\u03A0\u03CC\u03C3\u03BF \u03B8\u03B1 \u03BA\u03C1\u03B1\u03C4\u03AE\u03C3\u03B5\u03B9"
                + " \u03B7 \u03C0\u03BB\u03B7\u03BC\u03BC\u03CD\u03C1\u03B1 \u03C3\u03C4\u03B7\u03BD \u03BA\u03BF\u03B9\u03BB\u03AC\u03B4\u03B1;"
                + " \u039A\u03B1\u03BD\u03B5\u03AF\u03C2 \u03B4\u03B5\u03BD \u03BE\u03AD\u03C1\u03B5\u03B9 \u03B1\u03BA\u03CC\u03BC\u03B7,"
                + " \u03B5\u03AF\u03C0\u03B5 \u03B7 \u03C0\u03B5\u03C1\u03B9\u03C6\u03B5\u03C1\u03B5\u03B9\u03AC\u03C1\u03C7\u03B7\u03C2.\n";
        var source = new dev.syndiff.core.model.Source("gr", "gr.txt", text, "UTF-8", List.of());
        Segmenter segmenter = new Segmenter();
        var root = segmenter.segment(source);
        var greek = segmenter.inLanguage(root, "el");
        assertThat(greek.segments()).isEqualTo(root.segments());
        assertThat(greek.bodySentences()).hasSize(root.bodySentences().size() + 1);
        assertThat(segmenter.inLanguage(root, "und")).isSameAs(root);
    }
}
