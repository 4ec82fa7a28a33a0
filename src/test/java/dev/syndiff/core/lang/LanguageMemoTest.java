package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's memo of language guesses answers as a fresh detection does, and detects a shared opening once. */
class LanguageMemoTest {
    private final LanguageGuess guess = new LanguageGuess();

    @Test
    void rememberedGuessesEqualFreshOnes() {
        String english = "The harbour authority said on Friday that the strike would continue until the talks resume. ".repeat(30);
        String german = "Die Hafenbehörde teilte am Freitag mit, der Streik werde fortgesetzt, bis die Gespräche weitergehen. ".repeat(30);
        List<String> texts = List.of(english, english + "A different ending that the sample never reads.", german,
                "ok", "Hafen", "", "1234 5678 90 !!", english.substring(0, 40), german.substring(0, 60));
        Map<String, String> memo = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String t : texts) {
                assertThat(guess.guess(t, memo)).as(t).isEqualTo(guess.guess(t));
            }
        }
        assertThat(guess.guess(english, memo)).isEqualTo("en");
        assertThat(guess.guess(german, memo)).isEqualTo("de");
        // both long English texts share their first 1,500 characters: one detection for the two
        assertThat(memo.keySet()).filteredOn(k -> k.startsWith("The harbour")).hasSize(2); // the long one and the 40-char one
    }
}
