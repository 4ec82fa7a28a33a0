package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The run's paragraph memo of quotations finds exactly the quotations of a pass over the whole
 * text, and a verbatim sentence needs no Myers run: its word diff is empty as Myers' is.
 */
class QuoteParagraphsTest {
    /** One memo per language shared by every try, so later texts meet remembered paragraphs. */
    private static final Map<String, Map<String, List<Quote>>> MEMO = new HashMap<>();
    private static final List<String> PIECES = List.of("\u201CWe stay,\u201D he said. ", "\"no\" ", "'tis ", "Putin's ",
            "\u00BBZitat\u00AB ", "\u00AB mots \u00BB ", "\u201EWir\u201C ", "\u2018so\u2019 ", "\u300C\u8A00\u300D",
            "\n\n", "\n", "\r\n\r\n", "\n\r", " ", "word ", "Er kam. ", "\u201D", "\u201C", "\"", "'");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withChars("ab \n\r\u201C\u201D\u201E\"'\u2018\u2019\u00AB\u00BB\u2039\u203A,.").ofMaxLength(8));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 1500)
    void paragraphMemoFindsTheQuotationsOfOnePass(@ForAll("texts") String text,
                                                   @ForAll("languages") String lang) {
        Map<String, List<Quote>> memo = MEMO.computeIfAbsent(lang, l -> new HashMap<>());
        assertThat(QuoteExtractor.extract(text, lang, memo)).isEqualTo(QuoteExtractor.extract(text, lang));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("und", "en", "de", "sv", "ja", "fr");
    }

    @Test
    void repeatedParagraphsAreReadOnceAndShiftedIntoPlace() {
        String para = "He said \u201Cwe stay\u201D and left.";
        String text = para + "\n\n" + para + "\n\nNo quote here.\n\n\u201COpen to the end";
        Map<String, List<Quote>> memo = new HashMap<>();
        List<Quote> found = QuoteExtractor.extract(text, "en", memo);
        assertThat(found).isEqualTo(QuoteExtractor.extract(text, "en")).hasSize(3);
        assertThat(found.stream().map(q -> q.inner().of(text)).toList()).containsExactly("we stay", "we stay", "Open to the end");
        // keys: the first paragraph, then each later one with the break's second newline in front; the repeat hits
        assertThat(memo).containsOnlyKeys(para, "\n" + para, "\nNo quote here.", "\n\u201COpen to the end");
    }

    @Test
    void equalWordListsHaveNoEditsAndOneChangeHasOne() {
        List<String> a = List.of("the", "port", "stays", "shut");
        assertThat(WordDiff.diffKeys(a, new ArrayList<>(a))).isEmpty();
        assertThat(WordDiff.diffKeys(a, List.of("the", "port", "stays", "open")))
                .containsExactly(new WordDiff.Edit(3, 4, 3, 4));
    }
}
