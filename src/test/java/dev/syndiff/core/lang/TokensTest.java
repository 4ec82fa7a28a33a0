package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void keepsSpansAndSkipsPunctuation() {
        String text = "“Cranes,” she said — 3,000 of them.";
        List<Token> toks = Tokens.of(text, "en");
        assertThat(toks).extracting(Token::text).containsExactly("Cranes", "she", "said", "3,000", "of", "them");
        for (Token t : toks) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void normalisesCaseQuotesNumbersAndEnglishEndings() {
        List<Token> toks = Tokens.of("Dockers’ Walked striking boxes CRANES 3.000 1,5", "en");
        assertThat(toks).extracting(Token::norm)
                .containsExactly("docker", "walk", "strik", "box", "crane", "3000", "1.5");
    }

    @Test
    void stemsOnlyEnglishAndCutsFrenchElisions() {
        assertThat(Tokens.of("Streiks gestartet", "de")).extracting(Token::norm).containsExactly("streiks", "gestartet");
        assertThat(Tokens.of("l’échec d'une grève", "fr")).extracting(Token::norm).containsExactly("échec", "une", "grève");
        assertThat(Tokens.stemEnglish("press")).isEqualTo("press");
        assertThat(Tokens.stemEnglish("status")).isEqualTo("status");
        assertThat(Tokens.stemEnglish("stopped")).isEqualTo("stop");
        assertThat(Tokens.stemEnglish("union's")).isEqualTo("union");
    }

    @Test
    void foldsTypographicMarks() {
        assertThat(Tokens.fold("a\u2013b\u2014c \u2019d\u201C \u00ADe")).isEqualTo("a-b-c 'd\" e");
    }

    @Test
    void splitsScriptsWithoutSpaces() {
        String text = "港口工人周一罢工。";
        List<Token> toks = Tokens.of(text, "zh");
        assertThat(toks.size()).isGreaterThan(1);
        assertThat(String.join("", toks.stream().map(Token::text).toList())).isEqualTo("港口工人周一罢工");
    }

    @Property(tries = 300)
    void spansAlwaysLieInTheText(@ForAll String text) {
        int previousEnd = 0;
        for (Token t : Tokens.of(text, "en")) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            previousEnd = t.end();
        }
    }
}
